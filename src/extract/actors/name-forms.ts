import type { Candidate, ChunkContext, NameForms } from './candidate.js';
import { lexicon, lookupName, normaliseName } from './lexicon.js';
import { FUNCTION_WORDS, isTitleWord } from './words.js';

/**
 * A person's name written with a second form inside it, read as one name of one person:
 * - a parenthesised full form: "Bob (Robert James) Smith" is Robert James Smith, also Bob Smith;
 * - a nickname in quotes: 'Wade "The Hammer" Bassi', "Peter 'Pete' Harlan" is Wade Bassi, also
 *   "The Hammer" (the nickname is an alias of the person, not a new person).
 */

/** The given name, then the inner form in brackets or quotes, right before the surname. */
const INNER_FORM = /(\p{Lu}[\p{L}'’-]*) (?:\((\p{Lu}[^()\n]{0,40})\)|["“‘'](\p{Lu}[^"“”‘’'\n]{0,30})["”’']) $/u;
const LOOK_BACK = 80;
const MAX_SURNAME_WORDS = 2;

/** Joins "given (full) surname" and 'given "nickname" surname' into one candidate of the unit. */
export function joinNameForms(ctx: ChunkContext, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const joined = joinBefore(ctx, c);
    if (!joined) {
      out.push(c);
      continue;
    }
    // Candidates read inside the name (the given name, the inner form) are part of it; a title read
    // before the given name stays the person's ("Former champion Wade "The Hammer" Bassi").
    let title: Candidate['title'];
    while (out.length > 0 && out[out.length - 1]!.end > joined.start) title = out.pop()!.title ?? title;
    out.push(title ? { ...joined, title } : joined);
  }
  return out;
}

function joinBefore(ctx: ChunkContext, surname: Candidate): Candidate | undefined {
  if (surname.kind !== 'name' || surname.lex || surname.forms || surname.last - surname.first + 1 > MAX_SURNAME_WORDS) return undefined;
  const from = Math.max(surname.unit.start, surname.start - LOOK_BACK);
  const m = INNER_FORM.exec(ctx.text.slice(from, surname.start));
  if (!m) return undefined;
  const givenStart = from + m.index;
  const words = surname.unit.words;
  let first = surname.first - 1;
  while (first >= 0 && words[first]!.start > givenStart) first--;
  const given = words[first];
  if (given?.start !== givenStart) return undefined;
  if (FUNCTION_WORDS.has(given.lower) || lookupName(given.text)) return undefined;
  // The given name opens the name: "Olaf Ludwig (Germany) Telekom" is a results line, not a full form.
  const before = words[first - 1];
  if (before?.cap && !before.punct && !isTitleWord(before)) return undefined;
  const inner = normaliseName((m[2] ?? m[3]!).trim());
  if (lookupName(inner) || (m[2] && !lexicon().firstNames.has(inner.split(' ')[0]!))) return undefined;
  const written = normaliseName(ctx.text.slice(givenStart, surname.end));
  const forms: NameForms = m[2]
    ? { written, canonical: `${inner} ${surname.text}`, aliases: [`${given.text} ${surname.text}`] }
    : { written, canonical: `${given.text} ${surname.text}`, aliases: [inner] };
  return { ...surname, first, start: givenStart, text: written, weak: false, forms };
}
