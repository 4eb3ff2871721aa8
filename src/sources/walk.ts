import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewskgError } from '../core/errors.js';
import { fileError } from '../core/files.js';

/**
 * The files under a folder, depth first, names sorted by UTF-16 code units at every level
 * (the same order on every machine and locale). Hidden entries (".git", ".DS_Store") are
 * skipped; symbolic links are followed, but each real folder is walked once and each real file
 * yielded once (the first path to it in that order): links back up the tree, or links fanning
 * out and meeting again, would otherwise repeat articles (exponentially often, for a chain of
 * folders each linking twice to the next). A folder that cannot be listed is yielded as a
 * failure and the walk goes on.
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

/** Real paths already walked (folders) or yielded (files). */
interface Seen {
  folders: Set<string>;
  files: Set<string>;
}

export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  yield* walk(root, '', 0, options, { folders: new Set(), files: new Set() });
}

async function* walk(dir: string, rel: string, depth: number, options: WalkOptions, seen: Seen): AsyncGenerator<WalkEntry> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    yield { ok: false, path: dir, rel, error: fileError(dir, cause) };
    return;
  }
  if (seen.folders.has(real)) return;
  seen.folders.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const entryRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let realFile = join(real, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
        if (isFile) realFile = await realpath(path);
      } catch (cause) {
        const error =
          (cause as NodeJS.ErrnoException).code === 'ENOENT'
            ? new NewskgError('INPUT_NOT_FOUND', `${path} is a broken link`, { source: path }, { cause })
            : fileError(path, cause);
        if (!options.accept || options.accept(entryRel)) yield { ok: false, path, rel: entryRel, error };
        continue;
      }
    }
    if (isDir) {
      if (options.maxDepth === undefined || depth < options.maxDepth) yield* walk(path, entryRel, depth + 1, options, seen);
    } else if (isFile && (!options.accept || options.accept(entryRel)) && !seen.files.has(realFile)) {
      seen.files.add(realFile);
      yield { ok: true, path, rel: entryRel };
    }
  }
}
