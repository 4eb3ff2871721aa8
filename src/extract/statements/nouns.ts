import type { StatementType } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { phraseAfter, phraseBefore } from './chunk.js';
import type { Candidate } from './candidate.js';
import { clauseBoundary, looksFinite } from './content.js';
import { isAdverb } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { span, trimRange, type Range } from './marks.js';
import { quoteAround } from './quotes.js';
import { speakerOf, subjectBefore, type SpeakerPhrase } from './subject.js';
import { commaEnd } from './unsourced.js';
import { AUXILIARIES, DETERMINERS, NEGATIONS, PREPOSITIONS } from './words.js';

/** Nouns that report what someone said or thinks when a "that"-clause follows: "his claim that …". */
const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'assertion',
  'assertions',
  'argument',
  'arguments',
  'belief',
  'beliefs',
  'view',
  'conclusion',
  'contention',
  'insistence',
  'suggestion',
  'warning',
  'warnings',
  'fear',
  'fears',
  'hope',
  'hopes',
  'concern',
  'concerns',
  'admission',
  'acknowledgment',
  'acknowledgement',
  'denial',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'charge',
  'charges',
  'promise',
  'promises',
  'pledge',
  'threat',
  'statement',
  'remark',
  'remarks',
  'comment',
  'comments',
  'message',
  'position',
  'assessment',
  'prediction',
  'predictions',
  'expectation',
  'assurance',
  'assurances',
  'complaint',
  'suspicion',
  'suspicions',
  'speculation',
  'rumor',
  'rumors',
  'insinuation',
  'notion',
  'perception',
  'reminder',
  'announcement',
  'declaration',
  // Further nouns of saying, believing and predicting, before a that-clause only.
  'opinion',
  'conviction',
  'theory',
  'assumption',
  'hunch',
  'feeling',
  'impression',
  'observation',
  'explanation',
  'reply',
  'response',
  'retort',
  'boast',
  'confession',
  'concession',
  'estimate',
  'forecast',
  'projection',
  'finding',
  'findings',
  'testimony',
  'pronouncement',
  'proclamation',
  'reassurance',
  'reassurances',
  'vow',
  'guarantee',
  'demand',
  'request',
  'recommendation',
  'proposal',
  'objection',
  'criticism',
  'complaints',
  'doubt',
  'doubts',
  'worry',
  'worries',
  'expectations',
  'certainty',
  'realization',
  'recognition',
  'denials',
  'rumour',
  'rumours',
  'statements',
  'stance',
  'plea',
  'point',
  'bet',
  'theories',
  'explanations',
  'estimates',
  'forecasts',
  'thinking',
  'reasoning',
  'rationale',
  'premise',
  'thesis',
  'pronouncements',
  'observations',
  'assumptions',
  'opinions',
]);
/**
 * Nouns of speech acts whose to-infinitive is what someone promised or asked for: "her pledge to meet …"
 * (not plans, efforts or attempts: "his attempt to impinge on …" reports no statement).
 */
const INTENT_NOUNS = new Set([
  'promise',
  'promises',
  'pledge',
  'pledges',
  'vow',
  'vows',
  'threat',
  'threats',
  'refusal',
  'call',
  'calls',
  'proposal',
  'offer',
  'demand',
  'demands',
  'request',
  'commitment',
  'appeal',
  'order',
  'orders',
  'plea',
  'pleas',
  'commitments',
  'appeals',
  'requests',
  'offers',
  'proposals',
]);
/** Claim nouns that report an unstated source when no possessor precedes them: "amid growing concerns that …". */
const UNSOURCED_NOUNS = new Set([
  'claims',
  'allegation',
  'allegations',
  'charges',
  'accusations',
  'concerns',
  'fears',
  'speculation',
  'suspicion',
  'suspicions',
  'rumors',
  'warnings',
]);
/** The statement type a noun cue signals (singular form); any other noun reports an assertion. */
const NOUN_TYPES: Readonly<Record<string, StatementType>> = {
  warning: 'warning',
  threat: 'threat',
  promise: 'promise',
  pledge: 'promise',
  vow: 'promise',
  commitment: 'promise',
  assurance: 'promise',
  call: 'demand',
  demand: 'demand',
  request: 'demand',
  appeal: 'demand',
  order: 'demand',
  proposal: 'proposal',
  offer: 'proposal',
  suggestion: 'proposal',
  denial: 'denial',
  refusal: 'denial',
  accusation: 'accusation',
  allegation: 'accusation',
  charge: 'accusation',
  insinuation: 'accusation',
  complaint: 'complaint',
  prediction: 'prediction',
  expectation: 'prediction',
  belief: 'belief',
  view: 'belief',
  fear: 'belief',
  hope: 'belief',
  concern: 'belief',
  suspicion: 'belief',
  speculation: 'belief',
  perception: 'belief',
  notion: 'belief',
  assessment: 'belief',
  admission: 'admission',
  acknowledgment: 'admission',
  acknowledgement: 'admission',
  confession: 'admission',
  concession: 'admission',
  opinion: 'belief',
  conviction: 'belief',
  theory: 'belief',
  assumption: 'belief',
  hunch: 'belief',
  feeling: 'belief',
  impression: 'belief',
  doubt: 'belief',
  worry: 'belief',
  certainty: 'belief',
  realization: 'belief',
  recognition: 'admission',
  estimate: 'prediction',
  forecast: 'prediction',
  projection: 'prediction',
  reassurance: 'promise',
  guarantee: 'promise',
  recommendation: 'proposal',
  plea: 'demand',
  objection: 'complaint',
  criticism: 'criticism',
  rumour: 'assertion',
  thinking: 'belief',
  premise: 'belief',
};

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The possessor before the noun at `i`: "Trump's (own) claim", "his (earlier) promise", up to two modifiers before the noun. */
function possessor(tokens: readonly Token[], i: number, speakerLike: (r: Range) => boolean): SpeakerPhrase | undefined {
  let p = i - 1;
  while (
    p > 0 &&
    i - p <= 2 &&
    /^\p{Ll}+$/u.test(tokens[p]!.text) &&
    !POSSESSIVE_PRONOUNS.has(tokens[p]!.lower) &&
    !PREPOSITIONS.has(tokens[p]!.lower)
  )
    p--;
  const owner = tokens[p]!;
  if (POSSESSIVE_PRONOUNS.has(owner.lower)) return { ...span(tokens, p, p + 1), head: span(tokens, p, p + 1), pronoun: true };
  if (!/\p{L}['’]s?$/u.test(owner.text) || !/^\p{Lu}/u.test(owner.text)) return undefined;
  const np = phraseBefore(tokens, p + 1);
  const phrase = np ? speakerOf(tokens, np) : undefined;
  return phrase && speakerLike(phrase.head) ? phrase : undefined;
}

/** Whether only determiners come before token `i`: "Claims that …", "The claim that …". */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!DETERMINERS.has(tokens[k]!.lower)) return false;
  return true;
}

/** The offset before the second finite verb from token `from` (the first is the clause's own), or `end`. */
function beforeSecondVerb(tokens: readonly Token[], from: number, end: number): number {
  let finite = 0;
  for (let k = from; k < tokens.length && tokens[k]!.start < end; k++) {
    if (!looksFinite(tokens[k]!) || AUXILIARIES.has(tokens[k - 1]!.lower)) continue;
    if (++finite === 2) return tokens[k - 1]!.end;
  }
  return end;
}

/**
 * Verbs that make a noun of speech the act of their subject: "issued a warning that …", "made the argument
 * that …", "gave assurances that …" (verbs that are cues themselves, "expressed hope that", are read as cues).
 */
const SUPPORT_VERBS = new Set(
  `issue issues issued issuing make makes made making give gives gave given giving deliver delivers delivered
  delivering sound sounds sounded sounding lodge lodges lodged lodging renew renews renewed renewing send sends sent
  sending offer offers offered offering provide provides provided providing`.split(/\s+/),
);
const NOT_IN_GAP = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'that', 'to']);

/** "issued a stark warning": the support verb before the noun at `i`, across at most three determiners and modifiers. */
function supportVerb(tokens: readonly Token[], i: number): number | undefined {
  for (let v = i - 1; v >= 0 && v >= i - 4; v--) {
    const t = tokens[v]!;
    if (SUPPORT_VERBS.has(t.lower) && /^\p{Ll}/u.test(t.text)) return v;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || NOT_IN_GAP.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** The subject of the support verb at `v`, when the verb group is a plain report (no modal, no negation): "Kaine issued". */
function supportSubject(tokens: readonly Token[], v: number, speakerLike: (r: Range) => boolean): SpeakerPhrase | undefined {
  let first = v;
  while (
    first > 0 &&
    (AUXILIARIES.has(tokens[first - 1]!.lower) || isAdverb(tokens[first - 1]!.lower)) &&
    /^\p{Ll}/u.test(tokens[first - 1]!.text)
  )
    first--;
  for (let k = first; k < v; k++)
    if (!/^(?:is|are|was|were|has|have|had|been|be|being)$/.test(tokens[k]!.lower) && !isAdverb(tokens[k]!.lower)) return undefined;
  if (first > 0 && NEGATIONS.has(tokens[first - 1]!.lower)) return undefined;
  const subject = subjectBefore(tokens, first);
  return subject && (subject.pronoun || speakerLike(subject.head)) ? subject : undefined;
}

/** "the warning from the ministry that …", "a pledge by Kaine to …": the source after the noun, then the marker. */
function sourceAfter(
  tokens: readonly Token[],
  i: number,
  speakerLike: (r: Range) => boolean,
): { speaker: SpeakerPhrase; marker: number } | undefined {
  const by = tokens[i + 1]?.lower;
  if (by !== 'by' && by !== 'from') return undefined;
  const np = phraseAfter(tokens, i + 2);
  if (!np || np.pronoun) return undefined;
  const speaker = speakerOf(tokens, np);
  return speakerLike(speaker.head) ? { speaker, marker: np.to } : undefined;
}

/** "her claim that the tax was repealed", not "the claim that was filed": a relative "that" is followed by its verb. */
function complementThat(tokens: readonly Token[], that: number): boolean {
  const next = tokens[that + 1];
  return next !== undefined && !(/^\p{Ll}/u.test(next.text) && looksFinite(next));
}

/** "worries" -> "worry", "claims" -> "claim". */
const singular = (noun: string): string => (noun.endsWith('ies') ? noun.slice(0, -3) + 'y' : noun.replace(/s$/, ''));

/**
 * A statement named by a noun: "Trump's claim that …", "her decision to meet …", "growing concerns
 * that …" (no stated source), "issued a warning that …", "a pledge by Kaine to …", "her view is that …". The possessor, the
 * subject of the support verb or the source after "by"/"from" is the speaker.
 */
export function nounCues(view: DocView, s: SentenceView, speakerLike: (r: Range) => boolean): Candidate[] {
  const tokens = s.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (!CLAIM_NOUNS.has(t.lower) && !INTENT_NOUNS.has(t.lower)) continue;
    const source = i > 0 ? sourceAfter(tokens, i, speakerLike) : undefined;
    // "Kaine's view is that …": a copula between the noun and its clause.
    const copula = !source && /^(?:is|was)$/.test(tokens[i + 1]!.lower) && tokens[i + 2]?.lower === 'that' && CLAIM_NOUNS.has(t.lower);
    const m = source ? source.marker : copula ? i + 2 : i + 1;
    const next = tokens[m]?.lower;
    // "gave a warning: …", "offered two theories: …": a colon after the noun opens what was said.
    const colon = !source && !copula && next === ':' && CLAIM_NOUNS.has(t.lower) && m + 1 < tokens.length;
    const claim = (next === 'that' && CLAIM_NOUNS.has(t.lower) && complementThat(tokens, m)) || colon;
    // "Claims that immediate action is imperative do not stand up": a sentence opened by an unsourced claim noun.
    if (i === 0 && !(claim && UNSOURCED_NOUNS.has(t.lower))) continue;
    // "her decision to meet …", not "Putin's threat to Europe": a verb must follow "to"; "a plea for people to stay away":
    // the ones asked may come first.
    const asked = next === 'for' && !source && INTENT_NOUNS.has(t.lower) ? phraseAfter(tokens, m + 1) : undefined;
    const to = asked ? asked.to : m;
    const verb = tokens[to + 1];
    const intent =
      tokens[to]?.lower === 'to' &&
      verb !== undefined &&
      INTENT_NOUNS.has(t.lower) &&
      /^\p{Ll}+$/u.test(verb.text) &&
      !DETERMINERS.has(verb.lower) &&
      !PREPOSITIONS.has(verb.lower);
    if (!claim && !intent) continue;
    if (quoteAround(view.doubles, t.start)) continue;
    const support = source || copula || i === 0 ? undefined : supportVerb(tokens, i);
    const speaker =
      source?.speaker ??
      (i > 0 ? possessor(tokens, i, speakerLike) : undefined) ??
      // (An order is an act, not a statement: "issued orders to troops".)
      (support !== undefined && !/^orders?$/.test(t.lower) ? supportSubject(tokens, support, speakerLike) : undefined);
    if (!speaker && (copula || !(claim && UNSOURCED_NOUNS.has(t.lower)))) continue;
    // "Contrary to his claim that X, Y": the clause after a noun ends at its first comma.
    const boundary = clauseBoundary(view, tokens, m) ?? s.end;
    let end = colon ? s.end : claim ? commaEnd(view, tokens, m, boundary) : boundary;
    // "Claims that X is imperative do not stand up": the clause of a subject ends before the sentence's own verb.
    if (opensSentence(tokens, i)) end = Math.min(end, beforeSecondVerb(tokens, m + 1, end));
    const content = trimRange(view.text, tokens[colon ? m + 1 : m]!.start, end);
    if (content.end - content.start < 8) continue;
    const cue =
      speaker && support !== undefined && !source && speaker.end <= tokens[support]!.start
        ? span(tokens, support, i + 1)
        : span(tokens, i, i + 1);
    const lemma = singular(t.lower);
    out.push({
      pattern: speaker ? 'noun' : 'agentless',
      sentence: s.index,
      cue,
      cueLemma: lemma,
      type: NOUN_TYPES[lemma] ?? 'assertion',
      ...(speaker ? { speaker } : {}),
      content,
      direct: false,
      attributionStart: speaker ? Math.min(speaker.start, cue.start) : cue.start,
      contentAfter: true,
      cueKind: 'noun',
      complement: colon ? 'colon' : claim ? 'that' : 'infinitive',
      irrealis: false,
    });
  }
  return out;
}
