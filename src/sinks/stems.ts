import { basename, dirname, extname, resolve } from 'node:path';
import { FILE_EXTENSIONS } from '../serialize/formats.js';
import type { ItemPlace } from '../sources/types.js';

/** The stem of the corpus links graph an export writes beside the articles' files (docs/graph-model.md, "Across articles"). */
export const CORPUS_LINKS_STEM = 'corpus-links';

/**
 * An article's file stem: a file's name without its extension, a JSON Lines record's id made
 * safe for a file name, "stdin" for standard input. A name the run's own files use is never an
 * article's: an article called "corpus-links" gets "corpus-links-article".
 */
export function baseStem(item: ItemPlace): string {
  const stem =
    item.line !== undefined ? safeName(item.id) : item.file === '-' ? 'stdin' : basename(item.file, extname(item.file)) || 'article';
  return comparableName(stem) === CORPUS_LINKS_STEM ? `${stem}-article` : stem;
}

/** Every file name a stem gives (each format, and the SHACL report): a stem is free only when all of them are. */
export const STEM_SUFFIXES: readonly string[] = [...Object.values(FILE_EXTENSIONS).map((extension) => `.${extension}`), '.validation.ttl'];

/** A file name as file systems that ignore case and Unicode normal form compare it (macOS, Windows). */
export function comparableName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** The names, as compared, of the files a stem gives. */
export function stemFiles(stem: string): string[] {
  return STEM_SUFFIXES.map((suffix) => comparableName(stem + suffix));
}

/** The n-th article with the same base stem (n from 2) gets base-n. */
export function numberedStem(base: string, n: number): string {
  return n < 2 ? base : `${base}-${n}`;
}

/**
 * Stems for one run's folder, in input order. A stem any of whose files is already taken (by an
 * earlier article, or by a stream or report the run writes into the folder; compared without case)
 * gets -2, -3... so nothing is overwritten: the ids "foo" and "foo.validation" never share
 * foo.validation.ttl. The queue claims stems by the same rule (src/queue/enqueue.ts).
 */
export class OutputStems {
  private readonly used = new Set<string>();

  constructor(options: { folder?: string; taken?: readonly string[] } = {}) {
    const folder = options.folder === undefined ? undefined : resolve(options.folder);
    for (const path of options.taken ?? [])
      if (folder !== undefined && resolve(dirname(path)) === folder) this.used.add(comparableName(basename(path)));
  }

  take(item: ItemPlace): string {
    const base = baseStem(item);
    let stem = base;
    for (let n = 2; stemFiles(stem).some((file) => this.used.has(file)); n++) stem = numberedStem(base, n);
    for (const file of stemFiles(stem)) this.used.add(file);
    return stem;
  }
}

function safeName(id: string): string {
  const name = id
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 120);
  return name || 'article';
}
