import { parseDateValue } from '../core/dates.js';
import { isNotAName, isOrganisationName, isPersonName } from './names.js';
import { trimTrailingPeriod } from './text.js';

/**
 * Bylines: "By X", "By X and Y", "BY X, Y and Z | Reuters", "Written by X",
 * "X, Senior Correspondent". Each author gets its own offsets so spans stay exact.
 */

export interface BylineName {
  /** Offsets relative to the byline line. */
  start: number;
  end: number;
  value: string;
}

export interface ParsedByline {
  authors: BylineName[];
  /** Where the text after the names starts ("| March 3, 2024"), for the date pass; line length when none. */
  restStart: number;
}

// Job titles that follow a name after a comma: "Maria Santos, Senior Correspondent in Kyiv".
const ROLE_WORD =
  /\b(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|analyst|bureau chief|chief|producer|staff|special to|contributing|freelance|news desk|desk)\b/i;

/** A job title, not a clause: "Senior Correspondent", "Staff Writer", "Seattle Times business reporter". */
export function isRolePhrase(value: string): boolean {
  const text = value.trim();
  if (text === '' || /[.!?;]$/.test(text) || text.split(/\s+/).length > 7) return false;
  const role = ROLE_WORD.exec(text);
  if (!role) return false;
  // The role ends the phrase, or a place follows it ("Correspondent in Kyiv"); "the correspondent said" is a clause.
  const after = text.slice(role.index + role[0].length);
  return /^s?(?:\s+(?:in|at|for|of|based in)\s+\p{Lu}.*)?$/u.test(after);
}

const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const BY_PREFIX = /^(?:(?:written|words|story|text|report(?:ed)?|compiled|interview)\s+by|by)[:\s]\s*/i;
// What ends the list of names: "|", "•", "·", " - ", "—", "(" (not a nickname inside a name: "Richard (R.J.) Eskow"),
// a date label, a digit, a date ("March 11, 2015", "Wednesday").
const NAMES_END = new RegExp(
  `\\s*(?:[|•·]|\\((?![^)]{1,20}\\)\\s+\\p{Lu})|\\s[-–—]\\s|—|\\b(?:published|posted|updated)\\b|\\d|\\s(?:on\\s+)?(?:${MONTH_NAMES})\\.?\\s+\\d|\\s(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)`,
  'iu',
);
// "2/26/2015 7:11 AM PST BY JANE DOE": a date line that ends in the byline.
const DATE_THEN_BY = /^(.{6,60}?)\s+by\s+(?=\p{L})/iu;
// "TMZ Staff", "Reuters Staff Writer", "Example News Desk": the organisation the staff works for.
const STAFF_SUFFIX = /\s+(?:wire\s+)?(?:staff(?:\s+(?:writers?|reporters?|reports?))?|news\s+desk|newsroom)$/i;
const SEPARATOR = /\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/gi;
// "Jane Doe in Moscow", "Jane Doe at the United Nations": place after the name.
const LOCATION_TAIL = /\s+(?:in|at|from|for)\s+.*$/;

/** Parses a byline line; undefined when the line is not one. */
export function parseByline(line: string): ParsedByline | undefined {
  if (line.split(/\s+/).length > 25) return undefined;
  const by = BY_PREFIX.exec(line);
  if (by) return parseNames(line, by[0].length);
  const dated = DATE_THEN_BY.exec(line);
  if (dated && parseDateValue(dated[1]!) !== undefined) return parseNames(line, dated[0].length);
  // "X, Role" with no "By": accept only when a role word follows the comma.
  const comma = line.indexOf(',');
  if (comma > 0 && isRolePhrase(line.slice(comma + 1)) && line.split(/\s+/).length <= 12) {
    const names = parseNameList(line, 0, comma);
    if (names.length > 0 && names.every((n) => isPersonName(n.value))) return { authors: names, restStart: line.length };
  }
  return undefined;
}

function parseNames(line: string, from: number): ParsedByline | undefined {
  const tail = line.slice(from);
  const endMatch = NAMES_END.exec(tail);
  let to = from + (endMatch ? endMatch.index : tail.length);
  // Cut a trailing ", Role" ("By Jane Doe, Staff Writer").
  const segment = line.slice(from, to);
  const roleComma = segment.search(/,\s*[^,]*$/);
  if (roleComma > 0 && isRolePhrase(segment.slice(roleComma + 1))) to = from + roleComma;
  if (to <= from) return undefined;
  const names = parseNameList(line, from, to);
  if (names.length === 0 || names.length > 6) return undefined;
  // People, or one organisation ("By The Editorial Board", "By Reuters").
  const ok = names.every((n) => isPersonName(n.value) || (names.length === 1 && isOrganisationName(n.value) && !isNotAName(n.value)));
  if (!ok) return undefined;
  return { authors: names, restStart: to };
}

function parseNameList(line: string, from: number, to: number): BylineName[] {
  const names: BylineName[] = [];
  let cursor = from;
  const push = (start: number, end: number): void => {
    const piece = line.slice(start, end).replace(LOCATION_TAIL, '').replace(STAFF_SUFFIX, '');
    const lead = piece.length - piece.trimStart().length;
    const value = trimTrailingPeriod(piece.trim());
    if (value === '') return;
    // Social handles and role words are not authors ("@jdoe", "Staff").
    if (/^@/.test(value) || ROLE_WORD.test(value)) return;
    names.push({ start: start + lead, end: start + lead + value.length, value });
  };
  SEPARATOR.lastIndex = 0;
  const segment = line.slice(from, to);
  for (let m = SEPARATOR.exec(segment); m; m = SEPARATOR.exec(segment)) {
    if (m[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    push(cursor, from + m.index);
    cursor = from + m.index + m[0].length;
  }
  push(cursor, to);
  return names;
}

/**
 * Splits an author string given by the caller ("A, B and C", "By JANE DOE. Email: ...")
 * into names; pieces that are not names (handles, e-mail, "contributed research") are dropped.
 */
export function splitAuthorList(value: string): string[] {
  const text = value
    .trim()
    .replace(/^by\s*(?=\p{Lu})/iu, '')
    .replace(/\.\s+(?:e-?mail|twitter|follow|contact)\b.*$/is, '');
  const names = parseNameList(text, 0, text.length);
  return names
    .map((n) => trimTrailingPeriod(n.value.replace(/(?:\s+\p{Ll}[\p{L}'’-]*)+$/u, '')))
    .filter((n) => !/[@:/]/.test(n) && (isPersonName(n) || isOrganisationName(n)));
}
