import { basename, extname } from 'node:path';
import type { ItemPlace } from '../sources/types.js';

/** The stem of the corpus links graph an export writes beside the articles' files (docs/graph-model.md, "Across articles"). */
export const CORPUS_LINKS_STEM = 'corpus-links';

/**
 * An article's file stem: a file's name without its extension, a JSON Lines record's id made
 * safe for a file name, "stdin" for standard input. A name the run's own files use is never an
 * article's: an article called "corpus-links" gets "corpus-links-article".
 */
export function baseStem(item: ItemPlace): string {
  const stem = item.line !== undefined ? safeName(item.id) : item.file === '-' ? 'stdin' : basename(item.file, extname(item.file)) || 'article';
  return stem === CORPUS_LINKS_STEM ? `${stem}-article` : stem;
}

/** The n-th article with the same base stem (n from 2) gets base-n. */
export function numberedStem(base: string, n: number): string {
  return n < 2 ? base : `${base}-${n}`;
}

/** Stems for one run, in input order: a name taken twice gets -2, -3... so nothing is overwritten. */
export class OutputStems {
  private readonly used = new Set<string>();

  take(item: ItemPlace): string {
    const base = baseStem(item);
    let stem = base;
    for (let n = 2; this.used.has(stem); n++) stem = numberedStem(base, n);
    this.used.add(stem);
    return stem;
  }
}

function safeName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return name || 'article';
}
