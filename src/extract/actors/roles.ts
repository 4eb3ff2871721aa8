import type { DocState, EntityMention } from './state.js';
import type { Unit, Word } from './units.js';
import { HONORIFICS, MISC_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './words.js';

/**
 * Roles held by people, read around their mentions:
 * - a title before the name: "Russia's NATO envoy Dmitry Rogozin" (role "NATO envoy", affiliation Russia),
 *   "Russian Foreign Minister Sergey Lavrov" (role "Foreign Minister", affiliation Russia);
 * - an apposition after it: "Sergey Lavrov, the foreign minister of Russia,";
 * - an apposition before it: "The special Representative of the Russian Federation for Interaction with NATO, Dmitry Rogozin".
 */

const DETERMINERS = new Set(['the', 'a', 'an']);
const TITLE_LINKS = new Set(['of', 'for', 'to', 'at', 'in', 'with', 'on', 'and', 'the']);
const AFFILIATION_LINKS = new Set(['of', 'at', 'in', 'for']);
const MAX_PHRASE = 14;

type MentionIndex = Map<Unit, EntityMention[]>;

export function extractRoles(state: DocState): void {
  const index: MentionIndex = new Map();
  for (const m of state.mentions) {
    if (!m.unit || m.first === undefined) continue;
    const list = index.get(m.unit) ?? [];
    list.push(m);
    index.set(m.unit, list);
  }
  for (const m of state.mentions) {
    const e = state.entities[m.entity]!;
    if (e.type !== 'Person' || !m.unit || m.unit.mode === 'caps' || (m.kind !== 'name' && m.kind !== 'alias')) continue;
    const role = titleBefore(state, index, m) ?? appositionAfter(state, index, m) ?? appositionBefore(state, index, m);
    if (!role) continue;
    const dup = e.roles.some((r) => r.title.toLowerCase() === role.title.toLowerCase() && r.affiliation === role.affiliation);
    if (!dup) e.roles.push(role);
  }
}

interface FoundRole {
  title: string;
  start: number;
  end: number;
  affiliation?: number;
}

function mentionAt(index: MentionIndex, unit: Unit, k: number): EntityMention | undefined {
  return index.get(unit)?.find((m) => m.first! <= k && k <= m.last!);
}

function affiliationEntity(state: DocState, m: EntityMention | undefined): number | undefined {
  if (!m) return undefined;
  const t = state.entities[m.entity]!.type;
  return t === 'Organization' || t === 'Country' || t === 'Place' ? m.entity : undefined;
}

const isTitleWord = (w: Word): boolean => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || MISC_WORDS.has(w.lower);

function build(
  state: DocState,
  words: readonly Word[],
  first: number,
  last: number,
  affiliation: number | undefined,
): FoundRole | undefined {
  while (first <= last && (HONORIFICS.has(words[first]!.lower) || DETERMINERS.has(words[first]!.lower))) first++;
  while (last >= first && TITLE_LINKS.has(words[last]!.lower)) last--;
  if (first > last) return undefined;
  let hasHead = false;
  for (let k = first; k <= last; k++) if (TITLE_HEADS.has(words[k]!.lower) && !HONORIFICS.has(words[k]!.lower)) hasHead = true;
  if (!hasHead) return undefined;
  const start = words[first]!.start;
  const end = words[last]!.end;
  const title = state.text.slice(start, end).replace(/\s+/g, ' ');
  return { title, start, end, ...(affiliation !== undefined ? { affiliation } : {}) };
}

/** Title words (and the organisations or demonyms inside them) right before the name, up to a possessive. */
function titleBefore(state: DocState, index: MentionIndex, m: EntityMention): FoundRole | undefined {
  const unit = m.unit!;
  const words = unit.words;
  const titleLast = m.title ? m.title.last : m.first! - 1;
  let titleFirst = m.title ? m.title.first : m.first!;
  let affiliation: number | undefined;
  let k = titleFirst - 1;
  while (k >= 0) {
    const w = words[k]!;
    const inner = mentionAt(index, unit, k);
    if (w.possessive) {
      affiliation = affiliationEntity(state, inner);
      break;
    }
    if (inner && inner !== m && (affiliationEntity(state, inner) !== undefined || inner.kind === 'demonym')) {
      titleFirst = inner.first!;
      k = inner.first! - 1;
      continue;
    }
    if (!w.punct && isTitleWord(w)) {
      titleFirst = k;
      k--;
      continue;
    }
    if ((w.lower === 'of' || w.lower === 'for') && k > 0 && isTitleWord(words[k - 1]!)) {
      titleFirst = k;
      k--;
      continue;
    }
    break;
  }
  if (titleFirst > titleLast) return undefined;
  // Without a possessive, a leading organisation, country or demonym is the affiliation: "Russian | Foreign Minister".
  if (affiliation === undefined) {
    const lead = mentionAt(index, unit, titleFirst);
    if (lead && lead !== m && lead.last! < titleLast) {
      affiliation = lead.kind === 'demonym' ? lead.entity : affiliationEntity(state, lead);
      if (affiliation !== undefined) titleFirst = lead.last! + 1;
    }
  }
  return build(state, words, titleFirst, titleLast, affiliation);
}

/** "X, the foreign minister of Y," / "X, Russia's envoy to NATO,". */
function appositionAfter(state: DocState, index: MentionIndex, m: EntityMention): FoundRole | undefined {
  const unit = m.unit!;
  const words = unit.words;
  let k = m.last! + 1;
  if (words[k]?.text !== ',') return undefined;
  k++;
  let affiliation: number | undefined;
  if (words[k] && DETERMINERS.has(words[k]!.lower)) k++;
  const lead = mentionAt(index, unit, k);
  if (lead && words[lead.last!]!.possessive) {
    affiliation = affiliationEntity(state, lead);
    k = lead.last! + 1;
  }
  const first = k;
  let last = k - 1;
  for (; k < words.length && k - first < MAX_PHRASE; k++) {
    const w = words[k]!;
    if (w.punct) break;
    const inner = mentionAt(index, unit, k);
    if (inner) {
      if (state.entities[inner.entity]!.type === 'Person') break;
      if (affiliation === undefined && (inner.kind === 'demonym' || (k > first && AFFILIATION_LINKS.has(words[k - 1]!.lower)))) {
        affiliation = inner.kind === 'demonym' ? inner.entity : affiliationEntity(state, inner);
      }
      if (words[k - 1] && AFFILIATION_LINKS.has(words[k - 1]!.lower) && k > first) {
        k = inner.last!;
        break;
      }
      k = inner.last!;
      last = k;
      continue;
    }
    if (isTitleWord(w)) {
      last = k;
      continue;
    }
    if (TITLE_LINKS.has(w.lower)) continue;
    break;
  }
  if (last < first || (!TITLE_HEADS.has(words[first]!.lower) && !isTitleWord(words[first]!) && !mentionAt(index, unit, first)))
    return undefined;
  // A leading demonym belongs to the affiliation, not to the title: "the Russian foreign minister".
  const leadInner = mentionAt(index, unit, first);
  let from = first;
  if (leadInner?.kind === 'demonym') from = leadInner.last! + 1;
  return build(state, words, from, last, affiliation);
}

/** "The special Representative of the Russian Federation for Interaction with NATO, Dmitry Rogozin". */
function appositionBefore(state: DocState, index: MentionIndex, m: EntityMention): FoundRole | undefined {
  const unit = m.unit!;
  const words = unit.words;
  const comma = m.first! - 1;
  if (words[comma]?.text !== ',') return undefined;
  // Back to the determiner that opens the phrase; one after a preposition is inside it ("of the Russian Federation").
  let d = comma - 1;
  while (d >= 0 && comma - d <= MAX_PHRASE && !words[d]!.punct) {
    if (DETERMINERS.has(words[d]!.lower) && !TITLE_LINKS.has(words[d - 1]?.lower ?? '')) break;
    d--;
  }
  const atStart = d < 0 || words[d]!.punct;
  if (!atStart && !DETERMINERS.has(words[d]!.lower)) return undefined;
  const first = d + 1;
  const last = comma - 1;
  if (first > last) return undefined;
  // The phrase must open with a title: modifiers then a head ("special Representative").
  let h = first;
  while (h <= last && TITLE_MODIFIERS.has(words[h]!.lower) && !TITLE_HEADS.has(words[h]!.lower)) h++;
  if (h > last || !TITLE_HEADS.has(words[h]!.lower)) return undefined;
  for (let k = first; k <= last; k++)
    if (mentionAt(index, unit, k) && state.entities[mentionAt(index, unit, k)!.entity]!.type === 'Person') return undefined;
  let affiliation: number | undefined;
  for (let k = h + 1; k <= last && affiliation === undefined; k++) {
    const inner = mentionAt(index, unit, k);
    if (!inner) continue;
    if (
      inner.kind === 'demonym' ||
      AFFILIATION_LINKS.has(words[inner.first! - 1]?.lower ?? '') ||
      words[inner.first! - 1]?.lower === 'the'
    ) {
      affiliation = inner.kind === 'demonym' ? inner.entity : affiliationEntity(state, inner);
    }
  }
  return build(state, words, first, last, affiliation);
}
