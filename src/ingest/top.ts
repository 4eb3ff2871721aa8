import { isRolePhrase, parseByline } from './byline.js';
import { findDates, parseDateValue } from '../core/dates.js';
import { genreOfLabel } from './genre.js';
import { ownHeadline, ownHeadlineText } from './headline.js';
import { setBoilerplate, setRole, type ClassifyOptions, type Layout, type Marks } from './layout.js';
import type { Line } from './lines.js';
import { isPersonName } from './names.js';
import { countSentences, endsWithTerminal, normaliseSpace } from './text.js';
import { groupUnits } from './units.js';

/**
 * The page top as a small state machine: site name, section or genre label, ISSN, headline,
 * byline and date lines, until the first line of body text.
 */

/**
 * A unit (one line, or a hard-wrapped paragraph) that reads as body text, not a headline:
 * long, several sentences, a sentence of 15 words or more with its final period (web
 * headlines rarely carry one), a lead-in ending with a colon, or an agency dateline.
 * All-capitals lines are wire headlines ("SOCCER - JAPAN GET LUCKY WIN.").
 */
export function isProse(unit: readonly Line[]): boolean {
  const text = unit.map((line) => line.text).join(' ');
  const words = unit.reduce((sum, line) => sum + line.words, 0);
  if (words > 30) return true;
  if (DATELINE_ALONE.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) return false;
  if (text.endsWith(':')) return true;
  if (endsWithTerminal(text) && words >= 15 && !isTitleCase(text)) return true;
  if (words > 15 && DATELINE_OPENER.test(text)) return true;
  return words > 12 && countSentences(text) >= 3;
}

/** Most longer words capitalised: "Stealth Over Health: Clinton Was Headed to ER". */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

// "WASHINGTON (Reuters) - ", "MOSCOW, July 4 (AFP) — ", "NEWPORT NEWS, Va. - ": an agency dateline opens a body paragraph.
const DATELINE_OPENER = /^\p{Lu}[\p{Lu}\p{L} .,'’-]{1,40}?(?:\([^)]{2,40}\))?\s*(?:[-–—]{1,2}|_)\s+\S/u;
// The same dateline on a line of its own: "NAIROBI, Kenya (AP) _".
const DATELINE_ALONE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L}\p{N} .'’-]+)?\s*(?:\([^)]{1,30}\)\s*(?:[-–—]{1,2}|_)?|[-–—]{1,2}|_)$/u;

export function isMetaLine(line: Line): boolean {
  if (/^ISSN\b/i.test(line.text) && line.words <= 8) return true;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line.text)) return true;
  return parseDateValue(line.text) !== undefined;
}

function isGenreLabelLine(line: Line): boolean {
  return line.words <= 3 && genreOfLabel(line.text.replace(/\s*[:|]$/, '')) !== undefined;
}

export function sameText(a: string, b: string): boolean {
  const norm = (s: string): string =>
    normaliseSpace(s)
      .replace(/[.\s]+$/, '')
      .toLowerCase();
  return norm(a) === norm(b);
}

// Longest unit looked at from one line: bounds the work on inputs made of many short lines.
const UNIT_LOOKAHEAD = 60;

/** Reads the page top; returns the index of the first line after it. */
export function readTop(layout: Layout, marks: Marks, options: ClassifyOptions): number {
  const { lines } = layout;
  let state: 'top' | 'preamble' = 'top';
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    // Furniture first: "Opinion" in a copied menu is a link, not the genre of the piece.
    const mark = marks[i];
    if (mark) {
      setBoilerplate(layout, i, mark.kind, mark.evidence);
      continue;
    }
    if (isGenreLabelLine(line)) {
      setRole(layout, i, 'header');
      layout.genreLabels.push(i);
      continue;
    }
    const byline = parseByline(line.text);
    if (byline) {
      setRole(layout, i, 'byline');
      layout.bylines.set(i, byline);
      continue;
    }
    // "By" on a line of its own, the name on the next: how some pages copy.
    const next = lines[i + 1];
    if (BY_ALONE.test(line.text) && next && next.words <= 5 && isPersonName(next.text)) {
      setRole(layout, i, 'byline');
      takeNameLine(layout, next);
      i++;
      continue;
    }
    if (isMetaLine(line)) {
      setRole(layout, i, 'header');
      continue;
    }
    if (state === 'top') {
      const unit = groupUnits(lines.slice(i, i + UNIT_LOOKAHEAD))[0] ?? [line];
      // "Headline; Deck line": judge the headline line alone.
      const judged = unit.length > 1 && /[;:]$/.test(line.text) ? [line] : unit;
      const sites = options.siteNames ?? [];
      const isTitle = options.title !== undefined && sameText(unit.map((l) => l.text).join(' '), options.title);
      const isTitleLine = options.title !== undefined && sameText(ownHeadlineText(line.text, sites) ?? line.text, options.title);
      if (!isTitle && !isTitleLine && isProse(judged)) break;
      // A short site name, or the site's generic title ("Example News - Latest News & Headlines").
      if (!isTitle && !isTitleLine && (isSiteName(layout, marks, i, options) || ownHeadline(line.text, sites) === undefined)) {
        setBoilerplate(layout, i, 'site-name', 'site-name');
        continue;
      }
      i = takeHeadline(layout, isTitleLine ? [line] : unit);
      state = 'preamble';
      continue;
    }
    // Between the headline and the body: an author name on its own line, or a short label.
    if (line.words >= 2 && line.words <= 4 && isPersonName(line.text)) {
      takeNameLine(layout, line);
      continue;
    }
    // The author's job under the name: "Seattle Times business reporter", "Senior Correspondent".
    if (line.words <= 6 && layout.bylines.size > 0 && isRolePhrase(line.text)) {
      setRole(layout, i, 'header');
      continue;
    }
    if (line.words <= 3 && /^[\p{Lu}\p{N}\s.:&'-]+$/u.test(line.text) && findDates(line.text).length === 0) {
      setBoilerplate(layout, i, 'navigation', 'top-label');
      continue;
    }
    break;
  }
  return i;
}

const BY_ALONE = /^(?:by|written by|words by)\s*:?$/i;

/** A line that is only an author's name. */
function takeNameLine(layout: Layout, line: Line): void {
  setRole(layout, line.index, 'byline');
  layout.bylines.set(line.index, { authors: [{ start: 0, end: line.text.length, value: line.text }], restStart: line.text.length });
}

/** A short site or section name above the headline: followed by a longer, headline-like line. */
function isSiteName(layout: Layout, marks: ReadonlyArray<unknown>, i: number, options: ClassifyOptions): boolean {
  const line = layout.lines[i]!;
  if (options.publisher !== undefined && sameText(line.text, options.publisher)) return true;
  if (line.words > 4 || endsWithTerminal(line.text) || /[;,:–—-]$/.test(line.text)) return false;
  for (let j = i + 1; j < layout.lines.length && j <= i + 3; j++) {
    const next = layout.lines[j]!;
    if (marks[j] || isMetaLine(next) || isGenreLabelLine(next)) continue;
    if (parseByline(next.text) || isProse([next])) return false;
    if (options.title !== undefined && sameText(next.text, options.title)) return true;
    return next.words > line.words + 1;
  }
  return false;
}

/** Marks the headline (at most three lines of one unit); returns the index of its last line. */
function takeHeadline(layout: Layout, unit: readonly Line[]): number {
  const lines = unit.slice(0, 3);
  for (const line of lines) setRole(layout, line.index, 'headline');
  const first = lines[0]!.index;
  const last = lines[lines.length - 1]!.index;
  layout.headline = { first, last };
  return last;
}
