import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The temp files output is written to before it is renamed into place: `.name.<pid>.<8 hex>.tmp`
 * beside the target. Each is known here while it exists, so an interrupted run (SIGINT, SIGTERM)
 * removes them before it exits. A run killed outright (kill -9) cannot; the next run that writes
 * to the same folder removes the temp files whose process is gone.
 */

const live = new Set<string>();
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** A fresh temp path beside `target`, registered until `released`. */
export function tempPathFor(target: string): string {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  live.add(temp);
  return temp;
}

/** The temp file was renamed into place or removed. */
export function released(temp: string): void {
  live.delete(temp);
}

/** Removes this process's temp files, synchronously: what a signal handler can still do before the process exits. */
export function removeLiveTemps(): void {
  for (const temp of live) {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed into place or removed
    }
  }
  live.clear();
}

const swept = new Set<string>();

/** Removes the temp files left in a folder by newskg runs that no longer exist (once per folder and run). */
export async function removeStaleTemps(folder: string): Promise<void> {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
