import { NewskgError } from '../core/errors.js';
import { AtomicFileStream } from './atomic-stream.js';
import { drained } from './drain.js';

/** Text written piece by piece, never held whole: a file that appears only when complete, or standard output. */
export interface TextStream {
  /** The file, or "-" for standard output. */
  readonly path: string;
  /** Resolves once the chunk is buffered; waits when the buffer is full (backpressure). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes; a file is renamed into place. */
  commit(): Promise<void>;
  /** Drops a file's partial content (standard output cannot be taken back). */
  abort(): Promise<void>;
}

export interface TextStreamOptions {
  /** What "-" writes to (default process.stdout; the CLI passes its host's). */
  stdout?: NodeJS.WritableStream;
}

/** "-" is standard output; anything else a file written atomically (temp file, renamed on commit), or a device written in place. */
export async function openTextStream(path: string, options: TextStreamOptions = {}): Promise<TextStream> {
  return path === '-' ? new StdoutStream(options.stdout ?? process.stdout) : AtomicFileStream.open(path);
}

/** One whole document written to a path ("-": standard output) as a stream would be: atomically for a file. */
export async function writeDocument(path: string, content: string | Uint8Array, options: TextStreamOptions = {}): Promise<void> {
  const out = await openTextStream(path, options);
  try {
    await out.write(content);
    await out.commit();
  } catch (error) {
    await out.abort();
    throw error;
  }
}

class StdoutStream implements TextStream {
  readonly path = '-';
  private failure: Error | undefined;

  constructor(private readonly out: NodeJS.WritableStream) {
    // A closed pipe (`| head`) must fail the run with OUTPUT_WRITE, not crash it.
    this.out.on('error', (error) => (this.failure ??= error));
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.check();
    if (!this.out.write(chunk)) await drained(this.out);
    this.check();
  }

  async commit(): Promise<void> {
    this.check();
    // An empty write's callback runs once everything before it has been handed to the OS.
    await new Promise<void>((resolve) => this.out.write('', () => resolve()));
    this.check();
  }

  async abort(): Promise<void> {
    // Nothing to remove: what was written has been read.
  }

  private check(): void {
    if (this.failure)
      throw new NewskgError(
        'OUTPUT_WRITE',
        `cannot write to standard output: ${this.failure.message}`,
        { source: '<stdout>' },
        { cause: this.failure },
      );
  }
}
