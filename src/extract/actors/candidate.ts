import type { CountryInfo, LexEntry } from './lexicon.js';
import type { Unit } from './units.js';

/** The types chunking (chunk.ts) and joining a name's inner forms (name-forms.ts) share. */

export interface Candidate {
  unit: Unit;
  /** Word indices of the name, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'demonym';
  /** Title words in the same capitalised run, just before the name ("Foreign Minister"). */
  title?: { first: number; last: number };
  /** Lexicon entry for the whole name. */
  lex?: LexEntry;
  /** Country of a demonym. */
  country?: CountryInfo;
  /** Capitalised only by position (sentence start, title-case line) and known nowhere else. */
  weak: boolean;
  /** A person's name with a full form or a nickname inside it (name-forms.ts). */
  forms?: NameForms;
}

export interface ChunkContext {
  text: string;
  /** Words seen capitalised inside sentences anywhere in the document: names by the writer's choice. */
  strongWords: ReadonlySet<string>;
}

export interface NameForms {
  /** The name as written, with its marks. */
  written: string;
  /** The name the actor goes by in the graph. */
  canonical: string;
  /** The other forms: the short form with the surname, or the nickname. */
  aliases: string[];
}
