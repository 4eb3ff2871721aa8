import type { Token } from '../text/tokens.js';
import { phraseAfter } from './chunk.js';
import { fromCue, type Candidate } from './candidate.js';
import { clauseBoundary, CONTENT_MARKERS, contentAfter, looksFinite } from './content.js';
import { isAdverb, type CueHit } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { cueForms } from './lexicon.js';
import { isClauseEnd, isOpenMark, span, trimRange, type Range } from './marks.js';
import { quoteAround } from './quotes.js';
import { speakerOf, type SpeakerPhrase } from './subject.js';
import { CONJUNCTIONS, PREPOSITIONS } from './words.js';

/**
 * Attributions whose source the text leaves unstated: agentless passives ("The talks are expected to
 * resume"), impressions ("It was unclear whether …", "The plan seems to …"); and the passive with an
 * agent after "by" ("The deal was first reported by the Post").
 */

/** "we're", "they're", "I'm": a subject and "be" in one token. */
const CONTRACTED_BE = /^(?:we|you|they)'re$|^i'm$/;

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
/** Words that open a clause inside a sentence; a relative pronoun stays in the content ("which is defined as …"). */
const CLAUSE_OPENERS = new Set([
  'but',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'since',
  'when',
  'if',
  'unless',
  'until',
  'so',
  'yet',
]);
const RELATIVES = new Set(['which', 'who', 'that']);

/** Passive reporting verbs that attribute to an unstated source ("is expected to", "was accused of"). */
const AGENTLESS_VERBS = new Set([
  'expect',
  'accuse',
  'consider',
  'report',
  'announce',
  'criticize',
  'criticise',
  'blame',
  'confirm',
  'label',
  'describe',
  'say',
  'believe',
  'think',
  'allege',
  'suspect',
  'estimate',
  'predict',
  'forecast',
  'view',
  'regard',
  'call',
  'know',
  'ask',
  'tell',
  'warn',
  'urge',
  'question',
  'reject',
  'deny',
  'condemn',
  'praise',
  'echo',
  'support',
  'mention',
  'cite',
  'write',
  'rate',
  'dub',
  'deem',
  'hail',
  'see',
  'brand',
  'rumor',
  'rumour',
  'portray',
  'characterize',
  'characterise',
  'project',
  'debate',
  'define',
  'fear',
]);

/** "A curfew was announced from midnight, (but) authorities …": a clause around a cue ends at its first comma. */
export function commaEnd(view: DocView, tokens: readonly Token[], from: number, end: number): number {
  for (let j = from; j < tokens.length && tokens[j]!.start < end; j++) {
    if (tokens[j]!.text !== ',' || quoteAround(view.doubles, tokens[j]!.start)) continue;
    // "that the government, led by secularists, would be pressured …": a short aside the clause goes on after.
    const close = asideEnd(tokens, j);
    if (close === undefined) return tokens[j]!.start;
    j = close;
  }
  return end;
}

/** The comma closing a short aside opened at the comma `open`, when a finite verb follows it; else undefined. */
function asideEnd(tokens: readonly Token[], open: number): number | undefined {
  for (let k = open + 2; k < tokens.length - 1 && k <= open + 8; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    return /^\p{Ll}/u.test(next.text) && looksFinite(next) ? k : undefined;
  }
  return undefined;
}

/**
 * Where the clause holding token `at` starts: after a semicolon, a colon, a conjunction, or a comma
 * right before its subject ("Despite the tests, the plan was criticized"); at a relative pronoun.
 */
function clauseStart(tokens: readonly Token[], at: number): number {
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || CLAUSE_OPENERS.has(t.lower)) return j + 1;
    if (t.text === ',' && phraseAfter(tokens, j + 1, at)?.to === at) return j + 1;
    if (t.lower === 'and' && tokens[j - 1]?.text === ',') return j + 1;
    if (RELATIVES.has(t.lower) && j > 0) return j;
  }
  let i = 0;
  while (i < at && (isOpenMark(tokens[i]) || CONJUNCTIONS.has(tokens[i]!.lower) || isAdverb(tokens[i]!.lower))) i++;
  // "Still, the plan seems …": an opening adverb and its comma are not part of the clause.
  if (i > 0 && tokens[i]?.text === ',' && i + 1 < at) i++;
  return i;
}

/**
 * A passive reporting verb with no agent: "The talks are expected to resume", "He was accused of fraud".
 * The source is unstated; the whole clause, subject and cue included, is what is attributed.
 * With an agent after "by" ("The plan was first reported by the Post") the agent is the speaker.
 */
export function agentless(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  const tokens = s.tokens;
  let be = CONTRACTED_BE.test(tokens[hit.first - 1]?.lower ?? '');
  for (let j = hit.first; j < hit.verb; j++) if (BE_FORMS.has(tokens[j]!.lower)) be = true;
  // "a country seen as the lone success": a reduced passive before "as".
  if (hit.passive && hit.form === 'part' && tokens[hit.last]?.lower === 'as' && LABELS.has(hit.entry.verb)) be = true;
  if (!be || hit.form === 'ing' || !AGENTLESS_VERBS.has(hit.entry.verb)) return undefined;
  if (hit.entry.recipient && tokens[hit.last]?.lower !== 'by') return toldBySomeone(view, s, hit);
  if (hit.entry.verb === 'know' && tokens[hit.last]?.lower !== 'as') return undefined;
  if (LABELS.has(hit.entry.verb) && tokens[hit.last]?.lower !== 'by') return labelled(view, s, hit);
  const start = clauseStart(tokens, hit.first);
  if (start >= hit.first) return undefined;
  let agent: SpeakerPhrase | undefined;
  if (tokens[hit.last]?.lower === 'by') {
    const np = phraseAfter(tokens, hit.last + 1);
    if (!np) return undefined;
    agent = speakerOf(tokens, np);
    const end = span(tokens, start, hit.first);
    const content = trimRange(view.text, end.start, end.end);
    if (content.end - content.start < 3) return undefined;
    return {
      pattern: 'passive',
      ...fromCue(s.index, hit),
      cue: span(tokens, hit.first, hit.last + 1),
      speaker: agent,
      content,
      direct: false,
      attributionStart: tokens[hit.first]!.start,
      contentAfter: false,
      complement: 'preceding',
    };
  }
  const end = commaEnd(view, tokens, hit.last, clauseBoundary(view, tokens, hit.last) ?? s.end);
  const content = trimRange(view.text, tokens[start]!.start, end);
  if (content.end <= tokens[hit.verb]!.end) return undefined;
  return {
    pattern: 'agentless',
    ...fromCue(s.index, hit),
    cue: span(tokens, hit.first, hit.last),
    content,
    direct: false,
    attributionStart: content.start,
    contentAfter: true,
    complement: 'clause',
  };
}

/**
 * "We're told that …", "He was warned the plan would fail": the subject of a passive verb of telling is
 * who heard it; what was said follows the cue, and who said it is unstated.
 */
function toldBySomeone(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  const after = contentAfter(view, s, { ...hit, needsMarker: true });
  if (!after || after.complement === 'object' || after.complement === 'infinitive') return undefined;
  return {
    pattern: 'agentless',
    ...fromCue(s.index, hit),
    cue: span(s.tokens, hit.first, hit.last),
    content: after.content,
    direct: after.direct,
    attributionStart: s.tokens[hit.first]!.start,
    contentAfter: true,
    complement: after.complement,
  };
}

/**
 * Passive verbs whose label is what is attributed: "a country seen as the lone success", "was considered
 * unstable" (not naming: "known as", "called").
 */
const LABELS = new Set([
  'see',
  'hail',
  'consider',
  'regard',
  'view',
  'describe',
  'label',
  'dub',
  'deem',
  'portray',
  'characterize',
  'characterise',
  'brand',
]);

/** "hailed as a model of democratic transition": the label after the cue, its source unstated. */
function labelled(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  const tokens = s.tokens;
  let from = hit.last;
  if (tokens[from]?.lower === 'as') from++;
  const first = tokens[from];
  if (!first || isClauseEnd(first) || first.lower === 'to' || first.lower === 'that' || PREPOSITIONS.has(first.lower)) return undefined;
  let end = commaEnd(view, tokens, from, clauseBoundary(view, tokens, from) ?? s.end);
  // "considered unstable and had been investigated", "hailed as a model as other governments collapsed":
  // a second verb phrase or a clause of its own is the writer's again.
  const stop = tokens.findIndex(
    (t, k) => k > from && t.start < end && ((t.lower === 'and' && looksFinite(tokens[k + 1] ?? t)) || opensClause(tokens, k)),
  );
  if (stop > from) end = tokens[stop - 1]!.end;
  const content = trimRange(view.text, first.start, end);
  if (content.end - content.start < 3) return undefined;
  const cueEnd = tokens[hit.last]?.lower === 'as' ? hit.last + 1 : hit.last;
  return {
    pattern: 'agentless',
    ...fromCue(s.index, hit),
    cue: span(tokens, hit.first, cueEnd),
    content,
    direct: false,
    attributionStart: tokens[hit.first]!.start,
    contentAfter: true,
    complement: 'label',
  };
}

/** "as other governments collapsed": a conjunction, then a finite verb within a few words. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  if (!(tokens[k]!.lower === 'as' || CLAUSE_OPENERS.has(tokens[k]!.lower))) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) if (looksFinite(tokens[j]!)) return true;
  return false;
}

const EVIDENT = new Set(['clear', 'unclear', 'obvious', 'evident', 'apparent', 'plain']);
const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Impressions with no stated source: "It was unclear whether …" (the content follows), and
 * "The plan seems to have failed" (the whole clause is the impression).
 */
export function impersonal(view: DocView, s: SentenceView): Candidate[] {
  const tokens = s.tokens;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (quoteAround(view.doubles, t.start)) continue;
    if (EVIDENT.has(t.lower) && BE_FORMS.has(tokens[i - 1]!.lower) && tokens[i - 2]?.lower === 'it') {
      const next = tokens[i + 1]!;
      if (!CONTENT_MARKERS.has(next.lower)) continue;
      const end = clauseBoundary(view, tokens, i + 1) ?? s.end;
      const content = trimRange(view.text, next.start, end);
      if (content.end - content.start < 8) continue;
      out.push(unsourced(s, span(tokens, i - 2, i + 1), `be ${t.lower}`, content, 'that'));
    } else if (
      SEEM.has(t.lower) &&
      tokens[i + 1]!.lower === 'to' &&
      !PERSONAL_OBJECTS.has(tokens[i + 2]?.lower ?? '') &&
      cueForms(tokens[i + 2]?.lower ?? '').length === 0
    ) {
      // "seemed to think", "appeared to suggest": the reporting verb after it makes its own attribution.
      const start = clauseStart(tokens, i);
      if (start >= i) continue;
      const end = commaEnd(view, tokens, i + 1, clauseBoundary(view, tokens, i + 1) ?? s.end);
      const content = trimRange(view.text, tokens[start]!.start, end);
      if (content.end - content.start < 8) continue;
      out.push(unsourced(s, span(tokens, i, i + 1), 'seem', content, 'clause'));
    }
  }
  return out;
}

const PERSONAL_OBJECTS = new Set(['me', 'us', 'him', 'her', 'them']);

function unsourced(s: SentenceView, cue: Range, lemma: string, content: Range, complement: Candidate['complement']): Candidate {
  return {
    pattern: 'agentless',
    sentence: s.index,
    cue,
    cueLemma: lemma,
    type: 'belief',
    content,
    direct: false,
    attributionStart: Math.min(cue.start, content.start),
    contentAfter: true,
    cueKind: 'impression',
    complement,
    irrealis: false,
  };
}
