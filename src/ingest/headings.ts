import { findDates } from '../core/dates.js';
import { genreOfLabel, splitGenreLabel } from './genre.js';
import { setRole, type Layout } from './layout.js';
import type { Line } from './lines.js';
import { endsWithTerminal } from './text.js';
import { groupUnits } from './units.js';

/**
 * Sub-headings: short, title-like lines without final punctuation, standing alone between
 * body paragraphs. Lists, quote fragments and interview questions are kept as body.
 */

const BULLET = /^(?:[-–—•*·▪►]\s|\d+[.)]\s+\p{Ll})/u;
const SPEAKER_LABEL = /^(?:Q|A|Question|Answer)\s*[:.]|^\p{Lu}[\p{L}.' -]{0,40}:\s/u;
// A line that stops on a function word is a broken sentence, not a title ("... matches against").
const ENDS_OPEN =
  /\b(?:a|an|the|of|to|in|for|with|by|on|at|from|and|or|but|that|which|who|against|as|into|than|is|are|was|were|be|has|have|had)$/i;
const ALL_CAPS_LABEL = /^[\p{Lu}\p{N}][\p{Lu}\p{N} &'’-]*[.:]?$/u;

// A longer question standing alone is a sentence of the text ("Aren't those the things they say they hate?").
const MAX_QUESTION_WORDS = 10;

/** Shape of a sub-heading: a short, title-like line without final punctuation. */
export function isHeadingShape(line: Line): boolean {
  const text = line.text;
  if (line.words < 1 || line.words > 12 || text.length > 100) return false;
  if (text.endsWith('?') && line.words > MAX_QUESTION_WORDS) return false;
  if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (BULLET.test(text) || SPEAKER_LABEL.test(text)) return false;
  const capsLabel = line.words <= 4 && ALL_CAPS_LABEL.test(text);
  const bare = text.replace(/[\s"'”’“‘]+$/, '');
  if (/[.,;:!]$/.test(bare) && !capsLabel) return false;
  if (bare !== text && /[?!]$/.test(bare)) return false;
  if ((text.match(/"/g) ?? []).length % 2 === 1) return false;
  if (ENDS_OPEN.test(bare)) return false;
  if (findDates(text).length > 0) return false;
  const digits = (text.match(/\p{N}/gu) ?? []).length;
  return digits <= text.replace(/\s/g, '').length * 0.3;
}

/** Sub-headings: heading-shaped one-line units standing alone between body units. */
export function markHeadings(layout: Layout): void {
  const units = groupUnits(layout.lines.filter((line) => layout.roles[line.index] === 'body'));
  const shaped = units.map((unit) => unit.length === 1 && isHeadingShape(unit[0]!));
  // In an interview the short questions are the text, not headings.
  const questions = units.filter((unit, k) => shaped[k] && unit[0]!.text.endsWith('?')).length;
  const shapedCount = shaped.filter(Boolean).length;
  const qa =
    layout.lines.some((line) => layout.roles[line.index] === 'body' && /^(?:Q|Question)\s*[:.]/.test(line.text)) || isInterview(layout);
  const keepQuestions = !qa && !(questions >= 3 && questions * 2 > shapedCount);
  units.forEach((unit, k) => {
    const line = unit[0]!;
    if (!shaped[k] || (!keepQuestions && line.text.endsWith('?'))) return;
    const previous = units[k - 1];
    const next = units[k + 1];
    if (!previous || !next || shaped[k - 1] || shaped[k + 1]) return;
    if (!line.gapBefore && !endsWithTerminal(previous[previous.length - 1]!.text)) return;
    setRole(layout, line.index, 'heading');
  });
}

function isInterview(layout: Layout): boolean {
  if (layout.genreLabels.some((i) => genreOfLabel(layout.lines[i]!.text.replace(/\s*[:|]$/, '')) === 'Interview')) return true;
  if (!layout.headline) return false;
  const text = layout.lines
    .slice(layout.headline.first, layout.headline.last + 1)
    .map((l) => l.text)
    .join(' ');
  return splitGenreLabel(text)?.genre === 'Interview';
}
