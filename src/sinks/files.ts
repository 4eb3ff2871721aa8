import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isNewskgError } from '../core/errors.js';
import { outputError, prepareFolder, resolveTarget } from './target.js';
import { released, removeStaleTemps, tempPathFor } from './temps.js';

export interface OutputFile {
  path: string;
  /** Text, or its UTF-8 bytes. */
  content: string | Uint8Array;
}

/**
 * Writes a set of files all-or-nothing as far as the file system allows: each goes to a temp
 * file beside its target, and only when every temp file is complete are they renamed into place,
 * in one synchronous step (a SIGINT or SIGTERM is handled between events, so it finds the set
 * either placed or not). A failure removes the temp files and any file of the set already placed,
 * so no partial set and no truncated file is ever left behind. A device or pipe among the targets
 * is written in place (see target.ts): that part cannot be taken back.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string; path: string }[] = [];
  let current = files[0]?.path ?? '';
  try {
    const through: { path: string; file: OutputFile }[] = [];
    for (const file of files) {
      current = file.path;
      const target = await resolveTarget(file.path);
      if (target.kind === 'through') {
        through.push({ path: target.path, file });
        continue;
      }
      await prepareFolder(target.path);
      await removeStaleTemps(dirname(target.path));
      const temp = tempPathFor(target.path);
      staged.push({ temp, target: target.path, path: file.path });
      // Created and written synchronously: a temp file created on a pool thread after a signal handler
      // removed this run's temp files would be left behind.
      writeFileSync(temp, file.content, 'utf8');
    }
    for (const { path, file } of through) {
      current = file.path;
      await writeFile(path, file.content, 'utf8');
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => unlink(temp).catch(() => undefined)));
    for (const { temp } of staged) released(temp);
    throw isNewskgError(error) ? error : outputError(current, error);
  }
  placeAll(staged);
}

function placeAll(staged: readonly { temp: string; target: string; path: string }[]): void {
  const placed: string[] = [];
  try {
    for (const { temp, target, path } of staged) {
      try {
        renameSync(temp, target);
      } catch (cause) {
        throw outputError(path, cause);
      }
      released(temp);
      placed.push(target);
    }
  } catch (error) {
    // A set is complete or absent: files of this set already renamed into place go too.
    for (const path of [...staged.map(({ temp }) => temp), ...placed]) {
      try {
        unlinkSync(path);
      } catch {
        // gone already
      }
    }
    for (const { temp } of staged) released(temp);
    throw error;
  }
}
