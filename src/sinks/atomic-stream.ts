import { createWriteStream } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { NewskgError } from '../core/errors.js';

/**
 * A file written as a stream (a corpus does not fit in memory) that appears under its name only
 * when complete: lines go to a temp file beside it, `commit` renames it into place, `abort` removes it.
 */
export class AtomicFileStream {
  private constructor(
    readonly path: string,
    private readonly temp: string,
    private readonly stream: WriteStream,
  ) {}

  static async open(path: string): Promise<AtomicFileStream> {
    await mkdir(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const stream = createWriteStream(temp, { encoding: 'utf8' });
    await once(stream, 'open');
    return new AtomicFileStream(path, temp, stream);
  }

  /** Resolves once the chunk is buffered; waits for the disk when the buffer is full (backpressure). */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    try {
      this.stream.end();
      await once(this.stream, 'finish');
      await rename(this.temp, this.path);
    } catch (error) {
      await this.abort();
      throw new NewskgError('OUTPUT_WRITE', `cannot write output: ${(error as Error).message}`, { source: this.path }, { cause: error });
    }
  }

  async abort(): Promise<void> {
    // A write still in flight fails once the stream is destroyed; that failure is expected here.
    this.stream.on('error', () => undefined);
    this.stream.destroy();
    await unlink(this.temp).catch(() => undefined);
  }
}
