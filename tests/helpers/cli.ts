import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/cli/program.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE = `${ROOT}samples/nato-russia-missile-row.txt`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it, as standard output or error would show it. */
class Capture extends Writable {
  private readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }

  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Runs the CLI in this process, as `newskg ...args` would run (the same program, its output and exit
 * status captured); no build needed. --jobs above 1 runs the built worker (tests/global-setup.ts).
 */
export async function cli(
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const input = options.input;
  const status = await runProgram(['node', 'newskg', ...args], {
    stdout,
    stderr,
    stdin: () => Readable.from(input === undefined ? [] : [typeof input === 'string' ? Buffer.from(input) : input]),
    env: { ...process.env, ...options.env },
    workerUrl: WORKER_URL,
  });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** The compiled worker-thread entry (tests/global-setup.ts builds dist/ before any test). */
export const WORKER_URL = new URL(`file://${ROOT}dist/batch/worker.js`);

/** Runs the built bin as a user would (the smoke tests, signals, and servers that need a process of their own). */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [`${ROOT}dist/cli/main.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface CliProcess {
  child: ChildProcess;
  /** Resolves when the process has exited, with what it printed. */
  done: Promise<CliRun>;
}

/** Starts the built bin without waiting for it (a worker, or a command talking to a server in this process). */
export function startCli(args: readonly string[], options: { env?: Record<string, string> } = {}): CliProcess {
  const child = spawn(process.execPath, [`${ROOT}dist/cli/main.js`, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

/** The built bin, run without blocking this process's event loop (for tests whose fake servers live in it). */
export function runCliAsync(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return startCli(args, { env }).done;
}
