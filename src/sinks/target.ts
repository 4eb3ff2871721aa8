import { constants } from 'node:fs';
import { access, lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { NewskgError } from '../core/errors.js';

/**
 * Where an output path really writes. Regular files are written to a temp file beside them and
 * renamed into place, so a reader never sees half a file. Anything else is never replaced:
 *
 * - a symbolic link is followed, and the file it points to is what gets replaced (the link stays);
 * - a device, a named pipe or a socket (`/dev/stdout`, `>(gzip > x.gz)`) is written in place, as
 *   a shell's `>` would: renaming a temp file over it would put a regular file where the device was;
 * - a folder, or a link to a missing file, is refused before any work is done.
 */
export type OutputTarget = { kind: 'file'; path: string } | { kind: 'through'; path: string };

export async function resolveTarget(path: string): Promise<OutputTarget> {
  let link;
  try {
    link = await lstat(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'file', path };
    throw outputError(path, cause);
  }
  let real = path;
  let info = link;
  if (link.isSymbolicLink()) {
    try {
      real = await realpath(path);
      info = await stat(real);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT')
        throw new NewskgError(
          'OUTPUT_WRITE',
          'is a symbolic link to a file that does not exist; give the real path',
          { source: path },
          { cause },
        );
      throw outputError(path, cause);
    }
  }
  if (info.isDirectory()) throw new NewskgError('OUTPUT_WRITE', 'is a folder; give a file name', { source: path });
  return info.isFile() ? { kind: 'file', path: real } : { kind: 'through', path: real };
}

/** Creates the folder a regular output file goes in. */
export async function prepareFolder(file: string): Promise<void> {
  await makeFolder(dirname(file), file);
}

const made = new Set<string>();

/**
 * Creates an output folder and its missing parents, one level at a time (Node's recursive mkdir
 * never returns on a path such as /proc/self/x), once per folder and run.
 */
export async function makeFolder(folder: string, shownAs = folder): Promise<void> {
  const target = resolve(folder);
  if (made.has(target)) return;
  const missing = await missingFolders(target, shownAs);
  for (const dir of missing.reverse()) {
    try {
      await mkdir(dir);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw outputError(shownAs, cause, code === 'ENOENT' ? dir : dirname(dir));
    }
  }
  made.add(target);
}

/**
 * Checks, before any work and without creating anything, that an output folder can be written:
 * it, or the nearest of its parents that exists, is a folder where files can be created.
 */
export async function checkFolder(folder: string): Promise<void> {
  const target = resolve(folder);
  const missing = await missingFolders(target, folder);
  const existing = missing.length ? dirname(missing[missing.length - 1]!) : target;
  try {
    await access(existing, constants.W_OK);
  } catch (cause) {
    throw outputError(folder, cause, existing);
  }
}

/** The folders of the path that do not exist yet, deepest first; throws when a part of it is a file. */
async function missingFolders(target: string, shownAs: string): Promise<string[]> {
  const missing: string[] = [];
  for (let dir = target; ; dir = dirname(dir)) {
    let info;
    try {
      info = await stat(dir);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw outputError(shownAs, cause, dir);
      missing.push(dir);
      continue;
    }
    if (!info.isDirectory())
      throw new NewskgError('OUTPUT_WRITE', `cannot write output: ${dir} is a file, not a folder`, { source: shownAs });
    return missing;
  }
}

/**
 * A file-system error while writing `path`, as one clear line naming the output (never a temp
 * file's name, never the input the output was made from).
 */
export function outputError(path: string, cause: unknown, folder = dirname(path)): NewskgError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: `permission denied (is ${folder} writable?)`,
    EPERM: `permission denied (is ${folder} writable?)`,
    EROFS: `${folder} is on a read-only file system`,
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file is too large for the file system',
    EISDIR: 'is a folder; give a file name',
    ENOTDIR: `a part of ${folder} is a file, not a folder`,
    ENOENT: `${folder} does not exist and cannot be created`,
    ENAMETOOLONG: 'the name is too long',
    EIO: 'input/output error on the device',
    EPIPE: 'the reader closed the pipe',
  };
  const reason = (code && reasons[code]) ?? (cause instanceof Error ? cause.message : String(cause));
  return new NewskgError('OUTPUT_WRITE', `cannot write output: ${reason}`, { source: path }, { cause });
}
