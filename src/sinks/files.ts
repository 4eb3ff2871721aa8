import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { NewskgError } from '../core/errors.js';

export interface OutputFile {
  path: string;
  /** Text, or its UTF-8 bytes. */
  content: string | Uint8Array;
}

/**
 * Writes a set of files all-or-nothing as far as the file system allows: each goes to a temp
 * file beside its target, and only when every temp file is complete are they renamed into place.
 * A failure removes the temp files and any file of the set already placed, so no partial set
 * and no truncated file is ever left behind.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  const placed: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = tempPathFor(file.path);
      staged.push({ temp, target: file.path });
      await writeFile(temp, file.content, 'utf8');
    }
    for (const { temp, target } of staged) {
      await rename(temp, target);
      placed.push(target);
    }
  } catch (error) {
    // A set is complete or absent: files of this set already renamed into place go too.
    await Promise.all([...staged.map(({ temp }) => temp), ...placed].map((path) => unlink(path).catch(() => undefined)));
    const message = error instanceof Error ? error.message : String(error);
    throw new NewskgError('OUTPUT_WRITE', `cannot write output: ${message}`, { source: files[0]?.path }, { cause: error });
  }
}

/** Beside the target, hidden, named after it and this process: `.a.ttl.1234.89abcdef.tmp`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temp files an earlier, killed writer of these targets left behind (a job run again
 * after its worker died). Only names tempPathFor gives for exactly these targets are touched.
 */
export async function removeStaleTemps(paths: readonly string[]): Promise<void> {
  const byDir = new Map<string, Set<string>>();
  for (const path of paths) {
    const names = byDir.get(dirname(path)) ?? new Set<string>();
    names.add(basename(path));
    byDir.set(dirname(path), names);
  }
  for (const [dir, names] of byDir) {
    const entries = await readdir(dir).catch(() => [] as string[]);
    for (const entry of entries) {
      const temp = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/.exec(entry);
      if (temp && names.has(temp[1]!)) await unlink(join(dir, entry)).catch(() => undefined);
    }
  }
}
