import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewskgError } from '../core/errors.js';

/**
 * The files under a folder, depth first, names sorted by UTF-16 code units at every level
 * (the same order on every machine and locale). Hidden entries (".git", ".DS_Store") are
 * skipped; symbolic links are followed, a link back to a folder already being walked is
 * not. A folder that cannot be listed is yielded as a failure and the walk goes on.
 */

export type WalkEntry =
  | { ok: true; path: string; /** Path relative to the root, with "/" separators. */ rel: string }
  | { ok: false; path: string; rel: string; error: NewskgError };

export interface WalkOptions {
  /** Keep a file (by its relative path); all files when absent. */
  accept?: (rel: string) => boolean;
  /** Folder levels to descend below the root (0: the root's own files only). */
  maxDepth?: number;
}

export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  const active = new Set<string>();
  yield* walk(root, '', 0, options, active);
}

async function* walk(dir: string, rel: string, depth: number, options: WalkOptions, active: Set<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    yield { ok: false, path: dir, rel, error: fileError(dir, cause) };
    return;
  }
  if (active.has(real)) return;
  active.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const entryRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (cause) {
        const error = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? new NewskgError('INPUT_NOT_FOUND', `${path} is a broken link`, { source: path }, { cause }) : fileError(path, cause);
        if (!options.accept || options.accept(entryRel)) yield { ok: false, path, rel: entryRel, error };
        continue;
      }
    }
    if (isDir) {
      if (options.maxDepth === undefined || depth < options.maxDepth) yield* walk(path, entryRel, depth + 1, options, active);
    } else if (isFile && (!options.accept || options.accept(entryRel))) {
      yield { ok: true, path, rel: entryRel };
    }
  }
  active.delete(real);
}

export function fileError(path: string, cause: unknown): NewskgError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new NewskgError('INPUT_NOT_FOUND', `${path} does not exist`, { source: path }, { cause });
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((cause as Error | undefined)?.message ?? String(cause));
  return new NewskgError('INPUT_UNREADABLE', `${path} cannot be read: ${reason}`, { source: path }, { cause });
}
