import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
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
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
