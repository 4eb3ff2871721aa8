import type { Candidate, ChunkContext } from './chunk.js';
import { lexicon, lookupName, normaliseName } from './lexicon.js';
import { FUNCTION_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './words.js';

/**
 * A person's name written with a second form inside it, read as one name of one person:
 * - a parenthesised full form: "Bob (Robert James) Smith" is Robert James Smith, also Bob Smith;
 * - a nickname in quotes: 'Wade "The Hammer" Bassi', "Peter 'Pete' Harlan" is Wade Bassi, also
 *   "The Hammer" (the nickname is an alias of the person, not a new person).
 */

export interface NameForms {
  /** The name as written, with its marks. */
  written: string;
  /** The name the actor goes by in the graph. */
  canonical: string;
  /** The other forms: the short form with the surname, or the nickname. */
  aliases: string[];
}

/** The given name, then the inner form in brackets or quotes, right before the surname. */
const INNER_FORM = /(\p{Lu}[\p{L}'’-]*) (?:\((\p{Lu}[^()\n]{0,40})\)|["“‘'](\p{Lu}[^"“”‘’'\n]{0,30})["”’']) $/u;
const LOOK_BACK = 80;
const MAX_SURNAME_WORDS = 2;

/** Joins "given (full) surname" and 'given "nickname" surname' into one candidate of the unit. */
export function joinNameForms(ctx: ChunkContext, cands: readonly Candidate[]): Candidate[] {
  const joins: Candidate[] = [];
  for (const c of cands) {
    const joined = joinBefore(ctx, c);
    if (!joined) continue;
    // A title read before the given name stays the person's: "Former champion Wade "The Hammer" Bassi".
    const title = cands.find((x) => x.first === joined.first && x.title)?.title;
    joins.push(title ? { ...joined, title } : joined);
  }
  if (joins.length === 0) return [...cands];
  // Candidates read inside the name (the given name, the inner form) are part of it.
  const rest = cands.filter((c) => joins.every((j) => c.end <= j.start || c.start >= j.end));
  return [...rest, ...joins].sort((a, b) => a.start - b.start);
}

function joinBefore(ctx: ChunkContext, surname: Candidate): Candidate | undefined {
  if (surname.kind !== 'name' || surname.lex || surname.forms || surname.last - surname.first + 1 > MAX_SURNAME_WORDS) return undefined;
  const from = Math.max(surname.unit.start, surname.start - LOOK_BACK);
  const m = INNER_FORM.exec(ctx.text.slice(from, surname.start));
  if (!m) return undefined;
  const givenStart = from + m.index;
  const words = surname.unit.words;
  const first = words.findIndex((w) => w.start === givenStart);
  const given = words[first];
  if (!given || FUNCTION_WORDS.has(given.lower) || lookupName(given.text, false)) return undefined;
  // The given name opens the name: "Olaf Ludwig (Germany) Telekom" is a results line, not a full form.
  const before = words[first - 1];
  if (before?.cap && !before.punct && !isTitleWord(before)) return undefined;
  const inner = normaliseName((m[2] ?? m[3]!).trim());
  if (lookupName(inner, false) || (m[2] && !lexicon().firstNames.has(inner.split(' ')[0]!))) return undefined;
  const written = normaliseName(ctx.text.slice(givenStart, surname.end));
  const forms: NameForms = m[2]
    ? { written, canonical: `${inner} ${surname.text}`, aliases: [`${given.text} ${surname.text}`] }
    : { written, canonical: `${given.text} ${surname.text}`, aliases: [inner] };
  return { ...surname, first, start: givenStart, text: written, weak: false, forms };
}

const isTitleWord = (w: { lower: string }): boolean => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || HONORIFICS.has(w.lower);
