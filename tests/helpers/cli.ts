import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE = `${ROOT}samples/nato-russia-missile-row.txt`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would. */
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
  const child = spawn(process.execPath, [`${ROOT}dist/cli/main.js`, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
