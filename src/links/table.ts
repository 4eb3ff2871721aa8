import type { ActorType } from '../core/types.js';

/**
 * A user-supplied table of links from actor names to IRIs ("NATO" -> a Wikidata item). An entry
 * with a type links only actors of that type; one without links an actor of any type. Names match
 * case-insensitively, with accents folded, apostrophes and spaces normalised, and a leading "the"
 * dropped ("the West" = "West", "Sao Paulo" = "São Paulo").
 */

export interface LinkEntry {
  name: string;
  iri: string;
  type?: ActorType;
  /** 1-based line of the entry in its table. */
  line: number;
}

export class LinksTable {
  private readonly byKey = new Map<string, LinkEntry[]>();

  constructor(readonly entries: readonly LinkEntry[] = []) {
    for (const entry of entries) {
      const key = nameKey(entry.name);
      const list = this.byKey.get(key) ?? [];
      list.push(entry);
      this.byKey.set(key, list);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** The IRIs an actor of this type, known by these names (canonical name and aliases), links to; in table order. */
  lookup(type: ActorType, names: readonly string[]): string[] {
    const found: LinkEntry[] = [];
    for (const name of names) {
      for (const entry of this.byKey.get(nameKey(name)) ?? []) {
        if ((entry.type === undefined || entry.type === type) && !found.includes(entry)) found.push(entry);
      }
    }
    return [...new Set(found.sort((a, b) => a.line - b.line).map((entry) => entry.iri))];
  }
}

/** The form names are compared in: "São Paulo" and "sao  paulo" are one key. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}
