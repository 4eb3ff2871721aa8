import { spawnSync } from 'node:child_process';
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
