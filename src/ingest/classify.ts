import type { BoilerplateKind } from '../core/types.js';
import { findFirstAppeared, findNameLineBlurbs } from './blurb.js';
import { matchBoilerplate } from './boilerplate.js';
import { parseByline } from './byline.js';
import { listItemsAfter, markMenuRuns, type LineState } from './furniture-runs.js';
import { markHeadings } from './headings.js';
import { setBoilerplate, setRole, type ClassifyOptions, type Layout, type Marks } from './layout.js';
import type { Line } from './lines.js';
import { isMetaLine, readTop } from './top.js';
import { groupUnits } from './units.js';

export type { ClassifyOptions, Layout, LineRole } from './layout.js';

/**
 * Pass 2 of ingest: what each line is. Each step is one function: the page top (top.ts),
 * boilerplate and late bylines, closing blurbs, the page tail, author notes, sub-headings
 * (headings.ts).
 */

export function classifyLines(text: string, lines: readonly Line[], options: ClassifyOptions = {}): Layout {
  const layout: Layout = {
    lines,
    roles: lines.map(() => 'body'),
    kinds: lines.map(() => undefined),
    evidence: lines.map(() => undefined),
    bylines: new Map(),
    genreLabels: [],
    blurbs: [],
  };
  const marks = markMenuRuns(
    lines,
    lines.map((line) => matchBoilerplate(line.text, line.words)),
  ); // furniture lines, and menus copied one item per line
  const bodyStart = readTop(layout, marks, options); // site name, ISSN, headline, byline, date
  readRest(layout, marks, bodyStart); // body unless a line says otherwise
  findBlurbs(text, layout, options, bodyStart); // where the piece first appeared
  takeLists(layout, marks, bodyStart); // the headlines after "Related:" or a sponsored-links header
  cutTail(layout, marks, bodyStart); // a comment form runs to the end
  markAuthorNotes(layout, options); // "Jane Doe is a fellow at ..." closing the piece
  extendBoilerplate(layout); // a wrapped boilerplate paragraph is boilerplate throughout
  markHeadings(layout); // sub-headings between body paragraphs
  demoteHeadlineWithoutBody(layout); // a one-line input is body, not a headline
  return layout;
}

// ------------------------------------------------------------------- after the top

/**
 * Body by default; boilerplate, a late byline, date and ISSN lines where they say so. A
 * byline after the page top counts only near the start and when the top had none: further
 * down, "By ..." is the credit line of an ad or of another story.
 */
function readRest(layout: Layout, marks: Marks, bodyStart: number): void {
  const lateBylineEnd = Math.max(bodyStart + 4, Math.ceil(layout.lines.length / 4));
  for (let i = bodyStart; i < layout.lines.length; i++) {
    const line = layout.lines[i]!;
    const mark = marks[i];
    if (mark) {
      setBoilerplate(layout, i, mark.kind, mark.evidence);
      continue;
    }
    if (line.words <= 16 && /\bby\s/i.test(line.text) && layout.bylines.size === 0 && i < lateBylineEnd) {
      const byline = parseByline(line.text);
      if (byline) {
        setRole(layout, i, 'byline');
        layout.bylines.set(i, byline);
        continue;
      }
    }
    setRole(layout, i, isMetaLine(line) ? 'header' : 'body');
  }
}

// Notes and credits that may say where the piece first appeared ("Editor's note: This article first appeared in ...").
const NOTE_KINDS: ReadonlySet<BoilerplateKind | undefined> = new Set(['editor-note', 'credits', 'copyright', 'disclaimer', 'author-note']);

/** Closing blurbs naming where the piece first appeared. */
function findBlurbs(text: string, layout: Layout, options: ClassifyOptions, bodyStart: number): void {
  const authors = [...(options.authors ?? []), ...[...layout.bylines.values()].flatMap((b) => b.authors.map((a) => a.value))];
  const from = Math.max(bodyStart + 1, Math.floor(layout.lines.length * 0.4));
  const blurbs = findNameLineBlurbs(text, layout.lines, authors, from);
  for (const line of layout.lines.slice(bodyStart)) {
    if (layout.roles[line.index] === 'boilerplate' && !NOTE_KINDS.has(layout.kinds[line.index])) continue;
    if (blurbs.some((b) => b.lines.includes(line.index))) continue;
    const found = findFirstAppeared(line);
    if (found) blurbs.push(found);
  }
  for (const blurb of blurbs) for (const index of blurb.lines) setBoilerplate(layout, index, 'publisher-blurb', 'publisher-blurb');
  layout.blurbs = blurbs.sort((a, b) => a.name.start - b.name.start);
}

/** The body lines after a list header ("Related:", "Sponsored links by ...") that are items of its list. */
function takeLists(layout: Layout, marks: Marks, bodyStart: number): void {
  const stateOf = (index: number): LineState => {
    if (marks[index]?.opens) return 'other'; // the header of the next list
    const role = layout.roles[index];
    if (role === 'body' || role === 'header') return 'body';
    return role === 'boilerplate' ? 'furniture' : 'other';
  };
  for (let i = bodyStart; i < layout.lines.length; i++) {
    const mark = marks[i];
    if (mark?.opens !== 'list' || layout.roles[i] !== 'boilerplate') continue;
    for (const index of listItemsAfter(layout.lines, i, stateOf)) setBoilerplate(layout, index, mark.kind, 'list-item');
  }
}

/**
 * After a line that opens the page tail ("Leave a Reply", "12 Comments") in the later part of
 * the text, every remaining body line is page furniture of that kind.
 */
function cutTail(layout: Layout, marks: Marks, bodyStart: number): void {
  const { lines } = layout;
  const textEnd = lines[lines.length - 1]?.end ?? 0;
  for (let i = bodyStart; i < lines.length; i++) {
    const mark = marks[i];
    if (mark?.opens !== 'tail' || lines[i]!.start < textEnd * 0.4) continue;
    for (let j = i + 1; j < lines.length; j++) {
      if (layout.roles[j] === 'body' || layout.roles[j] === 'header') setBoilerplate(layout, j, mark.kind, 'page-tail');
    }
    return;
  }
}

// "Jane Doe is a senior fellow ...", "Jane Doe reported from Kyiv.", "Jane Doe, a former diplomat, teaches ..."
const AUTHOR_NOTE = /^(?:,|\s+(?:is|was|has|reported|contributed|writes|teaches|works|served|covers|\())/;

/** An author's bio or reporting note among the last body units is not part of the article. */
function markAuthorNotes(layout: Layout, options: ClassifyOptions): void {
  const authors = [...(options.authors ?? []), ...[...layout.bylines.values()].flatMap((b) => b.authors.map((a) => a.value))].filter(
    (a) => a.trim().length > 3,
  );
  if (authors.length === 0) return;
  const units = groupUnits(layout.lines.filter((line) => layout.roles[line.index] === 'body'));
  for (const unit of units.slice(-3)) {
    const text = unit[0]!.text;
    const author = authors.find((a) => text.toLowerCase().startsWith(a.toLowerCase()));
    if (author && AUTHOR_NOTE.test(text.slice(author.length)))
      for (const line of unit) setBoilerplate(layout, line.index, 'author-note', 'author-note');
  }
}

// Furniture that is one item per line: the line after a photo credit is its caption, not the credit wrapped.
const ONE_LINE_KINDS: ReadonlySet<BoilerplateKind> = new Set([
  'photo-credit',
  'navigation',
  'share-buttons',
  'related-links',
  'advertisement',
  'site-name',
]);

/** A boilerplate line hard-wrapped onto following lines takes them along ("Editor's note: ...\nincites ..."). */
function extendBoilerplate(layout: Layout): void {
  for (const unit of groupUnits(layout.lines)) {
    const head = unit[0]!;
    const kind = layout.kinds[head.index];
    if (layout.roles[head.index] !== 'boilerplate' || !kind) continue;
    for (const line of unit.slice(1)) {
      if (layout.roles[line.index] !== 'body') continue;
      if (ONE_LINE_KINDS.has(kind) && !/^\p{Ll}/u.test(line.text)) break;
      setBoilerplate(layout, line.index, kind, 'wrapped-line');
    }
  }
}

/** With no body at all, the line taken for a headline was the text itself ("Russia warned NATO."). */
function demoteHeadlineWithoutBody(layout: Layout): void {
  if (!layout.headline || layout.roles.some((role) => role === 'body')) return;
  for (let i = layout.headline.first; i <= layout.headline.last; i++) setRole(layout, i, 'body');
  delete layout.headline;
}
