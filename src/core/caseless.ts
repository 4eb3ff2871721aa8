/**
 * A case-insensitive pattern without the `i` flag: every ASCII letter it matches literally becomes
 * a two-letter class ("every" -> "[eE][vV][eE][rR][yY]"), and a class gets the other case of its
 * letters and letter ranges. V8 compiles such a pattern two to three times faster than the same
 * pattern with `i` (case folding works out each letter's other forms through ICU, for each
 * encoding the pattern meets), and the large time-expression patterns are compiled in every
 * process. Matching is the same: without the `u` flag, `i` pairs an ASCII letter with its other
 * case only (ECMA-262 Canonicalize never maps a character outside ASCII onto one inside it).
 *
 * Only the syntax the extractors use is accepted; anything else (backreferences, \u/\x/\c
 * escapes, the `u` or `v` flag, letters outside ASCII, class ranges across letters and
 * non-letters) throws when the module defining the pattern is loaded.
 */

const ASCII_LETTER = /^[A-Za-z]$/;
const GROUP_OPENING = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/;
const QUANTIFIER = /^\{\d+(?:,\d*)?\}/;

/** The pattern with the same matches as `pattern`, compiled without the `i` flag when it had one. */
export function caseless(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i')) return pattern;
  if (pattern.unicode || pattern.flags.includes('v')) throw new Error(`caseless: /${pattern.source}/${pattern.flags} has the u or v flag`);
  return new RegExp(caselessSource(pattern.source), pattern.flags.replace('i', ''));
}

/** The source rewritten for matching without `i` (see caseless). */
export function caselessSource(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += escape(source, i);
      i += 2;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += caselessClass(source.slice(i + 1, end), source);
      i = end + 1;
    } else if (c === '(' && source[i + 1] === '?') {
      const opening = GROUP_OPENING.exec(source.slice(i));
      if (!opening) throw unsupported(source, `group syntax at ${i}`);
      out += opening[0];
      i += opening[0].length;
    } else if (c === '{' && QUANTIFIER.test(source.slice(i))) {
      const quantifier = QUANTIFIER.exec(source.slice(i))![0];
      out += quantifier;
      i += quantifier.length;
    } else {
      out += ASCII_LETTER.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : literal(c, source);
      i++;
    }
  }
  return out;
}

/** An escape outside a class: kept as it is (\b, \d, \s, \w and escaped punctuation mean the same without `i`). */
function escape(source: string, at: number): string {
  const next = source[at + 1];
  if (next === undefined || /[1-9kuxc]/.test(next)) throw unsupported(source, `escape \\${next ?? ''}`);
  return `\\${next}`;
}

function classEnd(source: string, start: number): number {
  let j = start + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') throw unsupported(source, 'a class that starts with ]');
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  if (j >= source.length) throw unsupported(source, 'an unterminated class');
  return j;
}

/** A class body (between the brackets), with the other case of each letter and letter range added. */
function caselessClass(body: string, source: string): string {
  let kept = '';
  let added = '';
  let j = 0;
  if (body[0] === '^') {
    kept = '^';
    j = 1;
  }
  while (j < body.length) {
    const c = body[j]!;
    if (c === '\\') {
      const next = body[j + 1];
      if (next === undefined || /[1-9kuxc]/.test(next)) throw unsupported(source, `class escape \\${next ?? ''}`);
      kept += `\\${next}`;
      j += 2;
      continue;
    }
    const to = body[j + 2];
    if (body[j + 1] === '-' && to !== undefined) {
      if (to === '\\') throw unsupported(source, 'a class range ending in an escape');
      kept += `${c}-${to}`;
      added += otherCaseRange(c, to, source);
      j += 3;
      continue;
    }
    kept += literal(c, source);
    if (ASCII_LETTER.test(c)) added += c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    j++;
  }
  return `[${kept}${added}]`;
}

function otherCaseRange(from: string, to: string, source: string): string {
  const lower = /^[a-z]$/;
  const upper = /^[A-Z]$/;
  if (lower.test(from) && lower.test(to)) return `${from.toUpperCase()}-${to.toUpperCase()}`;
  if (upper.test(from) && upper.test(to)) return `${from.toLowerCase()}-${to.toLowerCase()}`;
  // A range of no letters ("0-9", "–-—") stays as it is; one that takes in letters with other characters is not handled.
  const a = from.codePointAt(0)!;
  const b = to.codePointAt(0)!;
  const takesLetters = (lo: number, hi: number): boolean => a <= hi && b >= lo;
  if (takesLetters(65, 90) || takesLetters(97, 122) || hasCase(from) || hasCase(to)) throw unsupported(source, `class range ${from}-${to}`);
  return '';
}

/** A character that is not an ASCII letter: kept, unless `i` would have matched it in another case. */
function literal(c: string, source: string): string {
  if (!ASCII_LETTER.test(c) && hasCase(c)) throw unsupported(source, `the letter ${c} outside ASCII`);
  return c;
}

function hasCase(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function unsupported(source: string, what: string): Error {
  return new Error(`caseless: /${source}/ has ${what}, which caselessSource does not rewrite`);
}
