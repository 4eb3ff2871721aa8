import { basename, extname } from 'node:path';
import type { ItemPlace } from '../sources/types.js';

/**
 * An article's file stem: a file's name without its extension, a JSON Lines record's id made
 * safe for a file name, "stdin" for standard input.
 */
export function baseStem(item: ItemPlace): string {
  if (item.line !== undefined) return safeName(item.id);
  return item.file === '-' ? 'stdin' : basename(item.file, extname(item.file)) || 'article';
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
