import type { StatusStream } from './terminal-line.js';

/**
 * What the CLI takes from the process it runs in. main.ts passes the process's own; tests pass
 * streams they read back, so a command runs in the test's process with nothing patched.
 */
export interface CliHost {
  readonly stdout: StatusStream;
  readonly stderr: StatusStream;
  /** Standard input, opened only when "-" is read. */
  readonly stdin: () => AsyncIterable<Buffer | string>;
  /** The environment (passwords named by --password-env). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The worker-thread entry for --jobs above 1 (default: the compiled one beside batch/pool.js). */
  readonly workerUrl?: URL;
}

/** One run of the program: its host, and the exit status its command settles on. */
export interface CliRun {
  readonly host: CliHost;
  exitCode: number;
}

export function processHost(): CliHost {
  return { stdout: process.stdout, stderr: process.stderr, stdin: () => process.stdin, env: process.env };
}

/** A line on a stream, as console.log and console.error write it. */
export function printLine(stream: StatusStream, line: string): void {
  stream.write(`${line}\n`);
}
