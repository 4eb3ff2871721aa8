import type { StatementType } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { phraseBefore } from './chunk.js';
import type { Candidate } from './candidate.js';
import { clauseBoundary, looksFinite } from './content.js';
import type { DocView, SentenceView } from './document.js';
import { span, trimRange, type Range } from './marks.js';
import { quoteAround } from './quotes.js';
import { speakerOf, type SpeakerPhrase } from './subject.js';
import { commaEnd } from './unsourced.js';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from './words.js';

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
 * A statement named by a noun: "Trump's claim that …", "her decision to meet …", "growing concerns
 * that …" (no stated source). The possessor is the speaker.
 */
export function nounCues(view: DocView, s: SentenceView, speakerLike: (r: Range) => boolean): Candidate[] {
  const tokens = s.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!.lower;
    const claim = next === 'that' && CLAIM_NOUNS.has(t.lower);
    // "Claims that immediate action is imperative do not stand up": a sentence opened by an unsourced claim noun.
    if (i === 0 && !(claim && UNSOURCED_NOUNS.has(t.lower))) continue;
    // "her decision to meet …", not "Putin's threat to Europe": a verb must follow "to".
    const verb = tokens[i + 2]!;
    const intent =
      next === 'to' &&
      INTENT_NOUNS.has(t.lower) &&
      /^\p{Ll}+$/u.test(verb.text) &&
      !DETERMINERS.has(verb.lower) &&
      !PREPOSITIONS.has(verb.lower);
    if (!claim && !intent) continue;
    if (quoteAround(view.doubles, t.start)) continue;
    const speaker = i > 0 ? possessor(tokens, i, speakerLike) : undefined;
    if (!speaker && !(claim && UNSOURCED_NOUNS.has(t.lower))) continue;
    // "Contrary to his claim that X, Y": the clause after a noun ends at its first comma.
    const boundary = clauseBoundary(view, tokens, i + 1) ?? s.end;
    let end = claim ? commaEnd(view, tokens, i + 1, boundary) : boundary;
    // "Claims that X is imperative do not stand up": the clause of a subject ends before the sentence's own verb.
    if (opensSentence(tokens, i)) end = Math.min(end, beforeSecondVerb(tokens, i + 2, end));
    const content = trimRange(view.text, tokens[i + 1]!.start, end);
    if (content.end - content.start < 8) continue;
    const cue = span(tokens, i, i + 1);
    out.push({
      pattern: speaker ? 'noun' : 'agentless',
      sentence: s.index,
      cue,
      cueLemma: t.lower.replace(/s$/, ''),
      type: NOUN_TYPES[t.lower.replace(/s$/, '')] ?? 'assertion',
      ...(speaker ? { speaker } : {}),
      content,
      direct: false,
      attributionStart: speaker ? speaker.start : cue.start,
      contentAfter: true,
      cueKind: 'noun',
      complement: claim ? 'that' : 'infinitive',
      irrealis: false,
    });
  }
  return out;
}
