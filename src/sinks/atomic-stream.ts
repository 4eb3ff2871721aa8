import { createWriteStream, openSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { WriteStream } from 'node:fs';
import { isNewskgError } from '../core/errors.js';
import { outputError, prepareFolder, resolveTarget } from './target.js';
import { drained } from './drain.js';
import { released, removeStaleTemps, tempPathFor } from './temps.js';

/**
 * A file written as a stream (a corpus does not fit in memory) that appears under its name only
 * when complete: lines go to a temp file beside it, `commit` renames it into place, `abort` removes it.
 * A device or pipe is written in place instead (see target.ts); `abort` cannot take that back.
 */
export class AtomicFileStream {
  private failure: Error | undefined;

  private constructor(
    readonly path: string,
    /** The real file the temp file replaces; undefined when written in place. */
    private readonly target: string | undefined,
    private readonly temp: string | undefined,
    private readonly stream: WriteStream,
  ) {
    // An error can come after a write returned: kept for the next call rather than thrown as uncaught.
    stream.on('error', (error) => (this.failure ??= error));
  }

  /** Opens the output before any work is done, so that a path that cannot be written fails the run at once. */
  static async open(path: string): Promise<AtomicFileStream> {
    try {
      const target = await resolveTarget(path);
      if (target.kind === 'through') return new AtomicFileStream(path, undefined, undefined, await openStream(target.path));
      await prepareFolder(target.path);
      await removeStaleTemps(dirname(target.path));
      const temp = tempPathFor(target.path);
      try {
        // Created synchronously, so that a signal handler removing this run's temp files cannot run before it exists.
        return new AtomicFileStream(path, target.path, temp, createWriteStream(temp, { fd: openSync(temp, 'w'), encoding: 'utf8' }));
      } catch (error) {
        released(temp);
        throw error;
      }
    } catch (error) {
      throw isNewskgError(error) ? error : outputError(path, error);
    }
  }

  /** Resolves once the chunk is buffered; waits for the disk when the buffer is full (backpressure). */
  async write(chunk: string | Uint8Array): Promise<void> {
    this.check();
    if (!this.stream.write(chunk)) await drained(this.stream);
    this.check();
  }

  async commit(): Promise<void> {
    try {
      this.check();
      this.stream.end();
      await finished(this.stream);
      this.check();
      if (this.temp && this.target) {
        await rename(this.temp, this.target);
        released(this.temp);
      }
    } catch (error) {
      await this.abort();
      throw isNewskgError(error) ? error : outputError(this.path, error);
    }
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    if (this.temp) {
      await unlink(this.temp).catch(() => undefined);
      released(this.temp);
    }
  }

  private check(): void {
    if (this.failure) throw outputError(this.path, this.failure);
  }
}

async function openStream(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  await once(stream, 'open');
  return stream;
}
