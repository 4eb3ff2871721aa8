import { createHash, randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * The temp files output is written to before it is renamed into place:
 * `.name.<host>.<pid>.<8 hex>.tmp` beside the target, where <host> is 8 hex of this machine's name
 * (queue workers on several machines may share one output folder). Each is known here while it
 * exists, so an interrupted run (SIGINT, SIGTERM) removes them before it exits. A run killed
 * outright (kill -9) cannot; the next run on the same machine that writes to the same folder
 * removes the temp files whose process is gone, and a job run again after its worker died
 * removes those of its own targets, whichever machine left them.
 */

const live = new Set<string>();
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
const TEMP_NAME = /^\.(.+)\.([0-9a-f]{8})\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** A fresh temp path beside `target`, registered until `released`. */
export function tempPathFor(target: string): string {
  const temp = join(dirname(target), `.${basename(target)}.${HOST}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
    const temp = TEMP_NAME.exec(name);
    const pid = Number(temp?.[3]);
    if (!temp || temp[2] !== HOST || !pid || pid === process.pid || isRunning(pid)) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

/**
 * Removes the temp files any process left for exactly these targets: a queue job run again after
 * the worker that held it died (the queue gives a job to one worker at a time, so no live writer
 * of these targets remains).
 */
export async function removeTempsOf(targets: readonly string[]): Promise<void> {
  const byFolder = new Map<string, Set<string>>();
  for (const target of targets) {
    const names = byFolder.get(dirname(target)) ?? new Set<string>();
    names.add(basename(target));
    byFolder.set(dirname(target), names);
  }
  for (const [folder, names] of byFolder) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    for (const entry of entries) {
      const temp = TEMP_NAME.exec(entry);
      if (temp && names.has(temp[1]!)) await unlink(join(folder, entry)).catch(() => undefined);
    }
  }
}

/** Whether a process of this machine runs (a lock's owner). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
