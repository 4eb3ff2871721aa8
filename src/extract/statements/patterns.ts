import type { Token } from '../text/tokens.js';
import { fromCue, type Candidate, type PatternName } from './candidate.js';
import { isNominal, phraseAfter, phraseBefore } from './chunk.js';
import {
  clauseBoundary,
  CONTENT_MARKERS,
  contentAfter,
  contentBefore,
  continuation,
  looksFinite,
  regionStart,
  type ContentAfter,
} from './content.js';
import { colon, epigraph, inEvidence, inTheirView, quoteIntro } from './cueless.js';
import { findCues, isAdverb, isNegation, namesSource, type CueHit } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { cueForms } from './lexicon.js';
import {
  closingQuoteAt,
  DASHES,
  isClauseEnd,
  isCloseMark,
  isDash,
  isOpenMark,
  openingQuoteAt,
  span,
  trimRange,
  type Range,
} from './marks.js';
import { nounCues } from './nouns.js';
import { quoteAround } from './quotes.js';
import {
  coordinatedSubject,
  evidenceSubject,
  isEvidence,
  sentenceSubject,
  speakerOf,
  subjectAfterComma,
  subjectBefore,
  type SpeakerPhrase,
} from './subject.js';
import { agentless, commaEnd, impersonal } from './unsourced.js';
import {
  ADJUNCT_STARTERS,
  ASPECT_VERBS,
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  EVIDENCE_VERBS,
  ING_LEADS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
} from './words.js';

export type { Range } from './marks.js';
export type { SpeakerPhrase } from './subject.js';
export type { Candidate, PatternName } from './candidate.js';

/**
 * Attribution patterns, tried per reporting cue in order of reliability:
 *   inverted    "…, said Lavrov."               content before, speaker after the cue
 *   backward    "…, Lavrov said on Tuesday."    content before, speaker before the cue
 *   participial "…, adding that …"             speaker shared with the clause's earlier statement
 *   forward     "Lavrov said (that) …"          speaker before, content after the cue
 *   according   "according to X, …" / "…, according to X"
 *   passive     "It was announced by X that …"
 * then, in their own modules: attributions with no stated source (unsourced.ts: "is expected to",
 * "it was unclear whether"), noun cues (nouns.ts: "his claim that", "her decision to") and cue-less
 * patterns (cueless.ts: "Lavrov: …", "“…” ― Name", "Kaine shrugged, “…”", "In the latest poll, …").
 */

const COORDINATORS = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'yet', 'so']);

type Tail = { kind: 'end' } | { kind: 'comma'; at: number } | { kind: 'quote'; at: number } | { kind: 'content' };

/** What follows a cue (and its recipient): the end of the clause, a comma, or content. */
function tailAfter(view: DocView, tokens: readonly Token[], from: number, { recipient }: { recipient: boolean }): Tail {
  let j = from;
  if (recipient) {
    const np = phraseAfter(tokens, j);
    if (np) j = np.to;
  }
  for (let steps = 0; steps < 12; steps++) {
    const t = tokens[j];
    if (isClauseEnd(t) || (isCloseMark(t) && closingQuoteAt(view, t))) return { kind: 'end' };
    if (t!.text === ',' && isOpenMark(tokens[j + 1])) return { kind: 'quote', at: j };
    if (t!.text === ',' || t!.text === ';' || DASHES.has(t!.text) || t!.text === '(') return { kind: 'comma', at: j };
    const l = t!.lower;
    // "…, he said according to a transcript.": the source of the report is an adjunct of the cue.
    if (l === 'according' && tokens[j + 1]?.lower === 'to') {
      j += 2;
      const np = phraseAfter(tokens, j);
      if (np) j = np.to;
      // "according to a transcript reviewed by Business Insider".
      if (/^\p{Ll}+ed$/u.test(tokens[j]?.text ?? '') && tokens[j + 1]?.lower === 'by') {
        const agent = phraseAfter(tokens, j + 2);
        j = agent ? agent.to : j + 2;
      }
      continue;
    }
    if (ADJUNCT_STARTERS.has(l) || PREPOSITIONS.has(l) || WEEKDAYS.has(l) || isAdverb(l)) {
      if (l === 'that' || CONTENT_MARKERS.has(l)) return { kind: 'content' };
      j++;
      // "…, said parents still want …": a plain adverb takes no noun phrase; what follows it is read on its own.
      if (!ADJUNCT_STARTERS.has(l) && !PREPOSITIONS.has(l) && !WEEKDAYS.has(l)) continue;
      const np = phraseAfter(tokens, j);
      if (np) j = np.to;
      continue;
    }
    if (isNominal(t!) && /^[\p{Lu}\d]/u.test(t!.text) && steps === 0 && !recipient) {
      // "said Tuesday", "told CNN": a short name right after the cue, then the end.
      const np = phraseAfter(tokens, j);
      if (np && isClauseEnd(tokens[np.to])) return { kind: 'end' };
    }
    return { kind: 'content' };
  }
  return { kind: 'content' };
}

function inverted(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  // "…,” adding that …": a participle or a clause marker after the cue is no inverted subject.
  if (!hit.entry.inverted || hit.form === 'ing' || CONTENT_MARKERS.has(s.tokens[hit.last]?.lower ?? '')) return undefined;
  const before = contentBefore(view, s, hit.first);
  if (!before) return undefined;
  const np = phraseAfter(s.tokens, hit.last);
  // "…, told me": an object pronoun after the cue is a recipient, not the speaker.
  if (!np || (np.pronoun && !SUBJECT_PRONOUNS.has(s.tokens[np.from]!.lower))) return undefined;
  // ", said the event brought back memories": a verb inside the phrase shows a clause, not an inverted subject.
  for (let k = np.from + 1; k < np.headEnd; k++) if (looksFinite(s.tokens[k]!)) return undefined;
  const tail = tailAfter(view, s.tokens, np.to, { recipient: false });
  if (!acceptsTail(s.tokens, tail, { direct: before.direct, after: np.to })) return undefined;
  const speaker = speakerOf(s.tokens, np);
  return finishContentFirst(view, s, hit, 'inverted', speaker, before, tail, np.to);
}

/** Words that can open a speaker's description before its capitalised part: "former Senator X", "retired general X". */
const SUBJECT_MODIFIERS = new Set([
  'former',
  'longtime',
  'veteran',
  'senior',
  'top',
  'then',
  'acting',
  'outgoing',
  'incoming',
  'deputy',
  'fellow',
]);

function backward(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  // "…, Brandt rewrote the plan, promising …": an -ing cue after a comma is participial, never a backward verb.
  if (hit.form === 'ing' && s.tokens[hit.first - 1]?.text === ',') return undefined;
  let speaker = subjectBefore(s.tokens, hit.first);
  if (!speaker || !plausibleSubject(view, speaker)) return undefined;
  const subjectStart = speaker.start;
  let from = s.tokens.findIndex((t) => t.start === subjectStart);
  // "…,” retired general Lloyd Newton said": a lower-case modifier between the quotation and the name.
  const modifier = s.tokens[from - 1];
  if (
    modifier &&
    (/^\p{Ll}+ed$/u.test(modifier.text) || SUBJECT_MODIFIERS.has(modifier.lower)) &&
    (s.tokens[from - 2]?.text === ',' || isCloseMark(s.tokens[from - 2]))
  ) {
    from--;
    speaker = { ...speaker, start: modifier.start };
  }
  // "If prices fall, he said, farms will close": an attribution set off by commas inside the clause it reports.
  const midClause = s.tokens[hit.last]?.text === ',' && continuesClause(s.tokens[hit.last + 1]);
  let before = contentBefore(view, s, from, { midClause });
  if (!before) {
    // "…, a USA TODAY analysis of newly filed reports shows.": a subject longer than a plain noun phrase.
    const long = hit.entry.inverted || EVIDENCE_VERBS.has(hit.entry.verb) ? subjectAfterComma(s.tokens, hit.first) : undefined;
    if (!long) return undefined;
    speaker = long;
    from = s.tokens.findIndex((t) => t.start === long.start);
    before = contentBefore(view, s, from);
    if (!before) return undefined;
  }
  const tail = tailAfter(view, s.tokens, hit.last, { recipient: hit.entry.recipient });
  if (!acceptsTail(s.tokens, tail, { direct: before.direct, after: hit.last })) return undefined;
  return finishContentFirst(view, s, hit, 'backward', speaker, before, tail, hit.last);
}

/**
 * Whether what follows a content-first attribution lets it stand: the clause ends, or a quotation
 * continues one that came before. After a closed quotation, anything but new content ("that", a colon)
 * is an adjunct: "“…,” she said several months later."
 */
function acceptsTail(tokens: readonly Token[], tail: Tail, { direct, after }: { direct: boolean; after: number }): boolean {
  if (tail.kind === 'end' || tail.kind === 'comma') return true;
  if (!direct) return false;
  const next = tokens[after];
  return !(next && (next.lower === 'that' || next.text === ':' || isOpenMark(next)));
}

function finishContentFirst(
  view: DocView,
  s: SentenceView,
  hit: CueHit,
  pattern: PatternName,
  speaker: SpeakerPhrase,
  before: { content: Range; direct: boolean },
  tail: Tail,
  after: number,
): Candidate {
  const content = { ...before.content };
  const direct = before.direct;
  const cue = span(s.tokens, hit.first, hit.last);
  const more = continuation(view, s, after);
  if (more !== undefined) {
    content.end = more;
  } else if (
    !direct &&
    pattern === 'backward' &&
    tail.kind === 'comma' &&
    s.tokens[tail.at]!.text === ',' &&
    continuesClause(s.tokens[tail.at + 1])
  ) {
    // "The plan, he said, would fail": the content goes on after the attribution.
    const rest = trimRange(view.text, s.tokens[tail.at]!.end, clauseBoundary(view, s.tokens, tail.at + 1) ?? s.end);
    if (rest.end - rest.start > 2) content.end = rest.end;
  }
  return {
    pattern,
    ...fromCue(s.index, hit),
    cue,
    speaker,
    content,
    direct,
    attributionStart: Math.min(speaker.start, cue.start),
    contentAfter: false,
    complement: direct ? 'quote' : 'preceding',
  };
}

/** Whether the words after ", he said," carry on the reported clause rather than start another cue (", adding …"). */
function continuesClause(t: Token | undefined): boolean {
  if (!t || isClauseEnd(t) || isOpenMark(t)) return false;
  return !cueForms(t.lower).some((f) => f.form === 'ing') && t.lower !== 'according';
}

function forward(
  view: DocView,
  s: SentenceView,
  hit: CueHit,
  previous: Candidate | undefined,
  speakerLike: (r: Range) => boolean,
): Candidate | undefined {
  const tokens = s.tokens;
  const prev = tokens[hit.first - 1];
  const participial =
    prev !== undefined &&
    ((hit.form === 'ing' &&
      (prev.text === ',' ||
        (isCloseMark(prev) && tokens[hit.first - 2]?.text === ',') ||
        COORDINATORS.has(prev.lower) ||
        ING_LEADS.has(prev.lower))) ||
      // "X said … and warned …": a second verb sharing the subject of the statement before it.
      // (After "X said he would go", a second verb may be his; after a comma, ", but pledged …", it is X's.)
      (previous !== undefined &&
        /^(?:and|but|yet)$/.test(prev.lower) &&
        hit.form !== 'ing' &&
        hit.form !== 'part' &&
        (!opensWithSubject(view.text, previous.content) || afterComma(tokens, hit.first - 1))));
  let speaker: SpeakerPhrase | undefined;
  const infinitival = hit.form === 'base' && prev?.lower === 'to' && hit.first > 1;
  if (participial && ASPECT_VERBS.has(prev.lower)) speaker = subjectBefore(tokens, hit.first - 1);
  else if (participial) speaker = previous?.speaker ?? coordinatedSubject(tokens, hit.first) ?? sentenceSubject(tokens, hit.first);
  else if (infinitival) speaker = unrealGovernor(tokens, hit.first - 2) ? undefined : controller(tokens, hit.first - 1, speakerLike);
  else if (previous === undefined && prev?.lower === 'and' && (hit.form === 'past' || hit.form === 's')) {
    // "McConnell met with her and came away convinced …", "The council condemned the test and pledged to …":
    // a reporting verb coordinated with an earlier verb of the sentence's named subject.
    const subject = sentenceSubject(tokens, hit.first - 1);
    speaker = subject && (subject.pronoun || speakerLike(subject.head)) ? subject : undefined;
  } else speaker = subjectBefore(tokens, hit.first);
  // "The average of polls taken over the past two weeks shows …": a long evidence subject opening the sentence.
  if (EVIDENCE_VERBS.has(hit.entry.verb) && !participial && !(speaker && isEvidence(view.text, speaker)))
    speaker = evidenceSubject(view.text, tokens, hit.first) ?? speaker;
  if (!speaker) return undefined;
  if (!plausibleSubject(view, speaker)) return undefined;
  // "whenever the data suggests …", "if officials say …": a condition, not a report.
  const opener = tokens.findIndex((t) => t.start === speaker.start) - 1;
  if (CONDITIONS.has(tokens[opener]?.lower ?? '') && !participial) return undefined;
  const cue = span(tokens, hit.first, hit.last);
  // "Polls show a close race": evidence shows what it shows without a "that"; and "Lynch notes …",
  // "Trump demands …": after a named speaker or a pronoun, a noun-like form is a verb.
  // ("It shows an officer aiming a gun": "it" with a verb of evidence stands for the video, the poll, the report.)
  const evidence =
    hit.needsMarker &&
    EVIDENCE_VERBS.has(hit.entry.verb) &&
    (isEvidence(view.text, speaker) || view.text.slice(speaker.start, speaker.end).toLowerCase() === 'it');
  const byName = speaker.pronoun || speakerLike(speaker.head) || pluralAgreement(view.text, speaker, hit);
  const byAgreement = !byName && singularAgreement(view.text, tokens, speaker, hit);
  const byAdverb = !byName && !byAgreement && adverbAgreement(view.text, tokens, speaker, hit);
  const named =
    hit.needsMarker &&
    (!hit.entry.clauseOnly || hit.entry.namedObject) &&
    !participial &&
    (byName || byAgreement || byAdverb) &&
    !/['’]s?\s/.test(view.text.slice(speaker.start, cue.start));
  const after = relativeGap(view, s, hit, speaker) ?? contentAfter(view, s, evidence || named ? { ...hit, needsMarker: false } : hit);
  if (!after || !reportsSomething(view, s, hit, after)) return undefined;
  if (!after.direct && gapBeforeComma(tokens, hit, speaker)) return undefined;
  if (participial && !after.direct) after.content = asideEnd(view, s, hit, after.content);
  let type = hit.entry.type;
  if (hit.entry.verb === 'ask' && /\bto\b/.test(view.text.slice(cue.end, Math.min(after.content.end, cue.end + 60))) && !after.direct)
    type = 'demand';
  // "X, who said the talks had failed, left early": a content inside a relative clause between commas ends at its comma.
  if (speaker.relative && !after.direct) {
    const who = tokens.findIndex((t) => t.start === speaker.relative!.start);
    if (tokens[who - 1]?.text === ',') {
      const from = tokens.findIndex((t) => t.start >= after.content.start);
      after.content.end = trimRange(view.text, after.content.start, commaEnd(view, tokens, from + 1, after.content.end)).end;
    }
  }
  const boundary = participial ? cue.start : Math.min(speaker.start, cue.start);
  return {
    pattern: participial ? 'participial' : 'forward',
    ...fromCue(s.index, hit),
    cue,
    type,
    speaker,
    content: after.content,
    direct: after.direct,
    attributionStart: boundary,
    contentAfter: true,
    complement: after.complement,
    ...(named && byAgreement && after.complement !== 'that' && after.complement !== 'quote' ? { ambiguousCue: true } : {}),
    ...(negatedReport(s, hit, after) ? { negated: true } : {}),
  };
}

/**
 * "the programs she has proposed, she needs …": a cue right before a comma, whose subject follows a noun with no
 * relative pronoun between, sits in a relative clause with its object gapped; what follows the comma is not its content.
 */
function gapBeforeComma(tokens: readonly Token[], hit: CueHit, speaker: SpeakerPhrase): boolean {
  if (tokens[hit.last]?.text !== ',') return false;
  const before = tokens[tokens.findIndex((t) => t.start === speaker.start) - 1];
  return (
    before !== undefined &&
    /^\p{Ll}+$/u.test(before.text) &&
    isNominal(before) &&
    !PREPOSITIONS.has(before.lower) &&
    !DETERMINERS.has(before.lower) &&
    !CONJUNCTIONS.has(before.lower) &&
    !COORDINATORS.has(before.lower) &&
    !looksFinite(before) &&
    cueForms(before.lower).length === 0
  );
}

/**
 * "The union, citing her work on leave, endorsed Smith": a participle set off by commas right after the
 * subject that opens the sentence is an aside; its content ends at the comma before the main verb.
 */
function asideEnd(view: DocView, s: SentenceView, hit: CueHit, content: Range): Range {
  const tokens = s.tokens;
  if (tokens[hit.first - 1]?.text !== ',' || hit.form !== 'ing') return content;
  const subject = phraseBefore(tokens, hit.first - 1);
  if (!subject || subject.pronoun || skipLeads(tokens) !== subject.from) return content;
  for (let j = hit.last + 1; j < tokens.length - 1; j++) {
    const t = tokens[j]!;
    if (t.start >= content.end) break;
    if (t.text !== ',' || quoteAround(view.doubles, t.start)) continue;
    let k = j + 1;
    while (k < tokens.length && isAdverb(tokens[k]!.lower)) k++;
    const verb = tokens[k];
    if (verb && /^\p{Ll}/u.test(verb.text) && (looksFinite(verb) || cueForms(verb.lower).some((f) => f.form === 'past' || f.form === 's')))
      return trimRange(view.text, content.start, t.start);
  }
  return content;
}

/** The first token after any opening conjunctions and connectives: "But the union, citing …". */
function skipLeads(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && (CONJUNCTIONS.has(tokens[i]!.lower) || isOpenMark(tokens[i]))) i++;
  return i;
}

/**
 * "donations, which he said were accompanied by favors", "prices it said were a result of the deal": a
 * cue inside a relative clause whose subject is the gap after it; what was said is the rest of that clause.
 */
function relativeGap(view: DocView, s: SentenceView, hit: CueHit, speaker: SpeakerPhrase): ContentAfter | undefined {
  const tokens = s.tokens;
  const verb = tokens[hit.last];
  if (!verb || !FINITE_AUXILIARIES.has(verb.lower) || !(hit.entry.kind === 'speech' || hit.entry.kind === 'thought') || speaker.relative)
    return undefined;
  const before = tokens[tokens.findIndex((t) => t.start === speaker.start) - 1];
  const opensRelative =
    before !== undefined &&
    (GAP_RELATIVES.has(before.lower) || (/^\p{Ll}+s$/u.test(before.text) && !PREPOSITIONS.has(before.lower) && !looksFinite(before)));
  if (!opensRelative) return undefined;
  const content = trimRange(view.text, verb.start, clauseBoundary(view, tokens, hit.last) ?? s.end);
  return content.end - content.start > 3 ? { content, direct: false, complement: 'relative' } : undefined;
}

const GAP_RELATIVES = new Set(['which', 'that', 'what', 'who', 'whom']);
const FINITE_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
]);

/** Heads of objects that make a verb of attack physical: "attacked bars and galleries", "blasted the embassy". */
const PHYSICAL_TARGETS = new Set([
  'bar',
  'bars',
  'gallery',
  'galleries',
  'building',
  'buildings',
  'embassy',
  'embassies',
  'church',
  'churches',
  'mosque',
  'mosques',
  'synagogue',
  'temple',
  'school',
  'schools',
  'hospital',
  'hospitals',
  'hotel',
  'hotels',
  'museum',
  'museums',
  'shop',
  'shops',
  'store',
  'stores',
  'village',
  'villages',
  'town',
  'towns',
  'city',
  'base',
  'bases',
  'convoy',
  'convoys',
  'checkpoint',
  'checkpoints',
  'station',
  'stations',
  'camp',
  'camps',
  'office',
  'offices',
  'home',
  'homes',
  'house',
  'houses',
  'car',
  'cars',
  'bus',
  'train',
  'ship',
  'ships',
  'plane',
  'positions',
  'targets',
  'tourists',
  'troops',
  'soldiers',
  'civilians',
]);

/** Verbs after "declined to" or "refused to" that say nothing was said: "declined to comment". */
const SILENCE = new Set([
  'comment',
  'say',
  'discuss',
  'elaborate',
  'answer',
  'respond',
  'speak',
  'talk',
  'confirm',
  'specify',
  'disclose',
  'reveal',
  'identify',
  'name',
  'speculate',
  'explain',
  'give',
  'provide',
  'be',
]);

/**
 * Whether a cue and its content report a statement: not a lone lower-case word ("wants passed", "want too"), not a
 * physical attack ("attacked bars and galleries"), not a report that was not made ("might have suggested", "will
 * announce", "doesn't understand that"). A denied or refused report ("did not say when", "declined to comment") is
 * one under PARC's conventions; negatedReport marks it.
 */
function reportsSomething(view: DocView, s: SentenceView, hit: CueHit, after: ContentAfter): boolean {
  if (unmade(hit)) return false;
  const at = s.tokens.findIndex((t) => t.start === after.content.start);
  if (after.complement !== 'object') return true;
  const object = view.text.slice(after.content.start, after.content.end);
  if (/^\p{Ll}+$/u.test(object) && !PERSONAL_PRONOUNS.has(object)) return false;
  if (!hit.entry.physical) return true;
  const np = phraseAfter(s.tokens, at);
  if (!np || np.pronoun) return true;
  const head = speakerOf(s.tokens, np).head;
  if (PHYSICAL_TARGETS.has(s.tokens[np.headEnd - 1]!.lower)) return false;
  return !(view.mentions[s.index] ?? []).some(
    (m) => m.span.start < head.end && m.span.end >= head.end && view.actors.get(m.actor)?.type === 'Place',
  );
}

/** Verbs whose content is true whatever the speaker thinks: "does not understand that X" reports no belief of the speaker's. */
const FACTIVE = new Set(['know', 'understand', 'realize', 'realise', 'recognize', 'see', 'learn', 'discover']);

/** A report that was not made: hypothetical ("might have suggested"), to come ("will announce"), or a denied fact ("doesn't understand that"). */
function unmade(hit: CueHit): boolean {
  if (hit.modality === 'hypothetical' || hit.modality === 'future') return true;
  return hit.modality === 'negated' && hit.entry.kind !== 'speech' && FACTIVE.has(hit.entry.verb);
}

/**
 * A speech report that is denied or refused: "has not said when", "isn't saying whether", "declined to comment",
 * "refused to say". PARC annotates these as attributions; many readers do not, so they carry their own evidence.
 */
function negatedReport(s: SentenceView, hit: CueHit, after: ContentAfter): boolean {
  if (hit.modality === 'negated' && hit.entry.kind === 'speech') return true;
  if (hit.entry.type !== 'denial' || after.complement !== 'infinitive') return false;
  const at = s.tokens.findIndex((t) => t.start === after.content.start);
  return SILENCE.has(s.tokens[at + 1]?.lower ?? '');
}

/** Words before "to" under which a cue reports nothing said: "refused to say", "plans to announce", "is willing to accept". */
const UNREAL_GOVERNOR =
  /^(?:refus|declin|fail|want|plan|hop|expect|intend|need|wish|prepar|aim|going|decid|agree|promis|vow|threat|willing|unable|likely|unlikely|ready|eager)/;

/** The word at `i` governs a to-infinitive cue that reports nothing: "refused to say", "don't seem to understand". */
function unrealGovernor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{Ll}/u.test(t.text)) return false;
  return UNREAL_GOVERNOR.test(t.lower) || (/^(?:seem|appear)/.test(t.lower) && isNegation(tokens[i - 1]));
}

/**
 * Who does what a to-infinitive cue reports: the named object of the verb before "to" ("forced Stumpf
 * to admit that …"), else the subject of the clause ("Trump took to Twitter to accuse …").
 */
function controller(tokens: readonly Token[], to: number, speakerLike: (r: Range) => boolean): SpeakerPhrase | undefined {
  const np = phraseBefore(tokens, to);
  if (np) {
    const before = tokens[np.from - 1];
    const object = speakerOf(tokens, np);
    // The phrase is an object when a verb (a lower-case word that is not a preposition) comes right before it.
    if (
      before &&
      /^\p{Ll}+$/u.test(before.text) &&
      !PREPOSITIONS.has(before.lower) &&
      !DETERMINERS.has(before.lower) &&
      (object.pronoun || speakerLike(object.head))
    )
      return object;
  }
  const subject = sentenceSubject(tokens, to);
  return subject && (subject.pronoun || speakerLike(subject.head)) ? subject : undefined;
}

const CONDITIONS = new Set(['if', 'unless', 'whenever']);

/** Lower-case words that are a subject without a determiner: "police said", "someone wrote". */
const BARE_SUBJECTS = new Set([
  'police',
  'staff',
  'management',
  'personnel',
  'military',
  'clergy',
  'media',
  'press',
  'people',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'anyone',
  'anybody',
]);

/**
 * Whether a lone lower-case word before a cue can be its subject: a plural or collective noun ("officials
 * claim", "police said"), not a verb ("took suspected pills"), an adverb ("well thought out") or a modifier
 * ("mass protests", "is seeking guarantees that …").
 */
function plausibleSubject(view: DocView, speaker: SpeakerPhrase): boolean {
  const word = view.text.slice(speaker.start, speaker.end);
  if (speaker.pronoun || !/^\p{Ll}+$/u.test(word)) return true;
  return BARE_SUBJECTS.has(word) || (/[^s']s$/.test(word) && !/ing$/.test(word));
}

/** "Critics slam the plan", "Black lawmakers rip …": a base form right after a plural subject can only be its verb. */
function pluralAgreement(text: string, speaker: SpeakerPhrase, hit: CueHit): boolean {
  if (hit.form !== 'base' || speaker.pronoun || hit.first !== hit.verb) return false;
  const head = text.slice(speaker.head.start, speaker.head.end);
  return speaker.end === speaker.head.end && /\p{L}{2,}[^s'’]s$/u.test(head);
}

/** Determiners that open a singular subject: "the company claims …", "this report states …". */
const SINGULAR_DETERMINERS = /^(?:the|this|that|its|his|her|their|our)\s/i;

/**
 * "The company claims its prices have fallen": an -s form right after a determiner and a singular noun
 * is its verb when a whole clause (a subject and a finite verb) follows; "the insurance claims office" has none.
 */
function singularAgreement(text: string, tokens: readonly Token[], speaker: SpeakerPhrase, hit: CueHit): boolean {
  if (hit.form !== 's' || speaker.pronoun || hit.first !== hit.verb || speaker.end !== speaker.head.end) return false;
  const phrase = text.slice(speaker.start, speaker.end);
  const head = text.slice(speaker.head.start, speaker.head.end).split(/\s+/).pop() ?? '';
  return SINGULAR_DETERMINERS.test(phrase) && /^\p{Ll}+$/u.test(head) && !/s$/.test(head) && opensClause(tokens, hit.last);
}

/**
 * "The ad also mentions the vote", "the report then criticizes …": an -s form after a singular subject and an adverb
 * of the verb group is a verb (a plural noun takes no "also" before it).
 */
function adverbAgreement(text: string, tokens: readonly Token[], speaker: SpeakerPhrase, hit: CueHit): boolean {
  if (hit.form !== 's' || speaker.pronoun || hit.first === hit.verb || speaker.end !== speaker.head.end) return false;
  for (let k = hit.first; k < hit.verb; k++) if (!/^\p{Ll}+$/u.test(tokens[k]!.text) || !isAdverb(tokens[k]!.lower)) return false;
  const head = text.slice(speaker.head.start, speaker.head.end).split(/\s+/).pop() ?? '';
  return SINGULAR_DETERMINERS.test(text.slice(speaker.start, speaker.end)) && /^\p{Ll}+$/u.test(head) && !/s$/.test(head);
}

/** A subject opened by a determiner or a pronoun at `from`, then a finite verb within a few words: "its new prices and deals have saved". */
function opensClause(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !(DETERMINERS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower))) return false;
  for (let k = from + 1; k < tokens.length && k <= from + 8; k++) {
    const t = tokens[k]!;
    if (/^[,;:.!?]$/.test(t.text) || isOpenMark(t)) return false;
    if (looksFinite(t) && /^\p{Ll}/u.test(t.text)) return true;
  }
  return false;
}

/** "Police say he posed a threat and refused …": a verb after "and" belongs to a content that opened with its own subject. */
/** A comma before token `at`, or before the closing quotation mark there: ", but", "…,” but". */
function afterComma(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before?.text === ',' || (isCloseMark(before) && tokens[at - 2]?.text === ',');
}

function opensWithSubject(text: string, content: Range): boolean {
  return /^(?:he|she|they|it|we|i|you)\s/i.test(text.slice(content.start, content.start + 6));
}

function according(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  const tokens = s.tokens;
  // "…, he said according to a transcript": the source of a report whose cue comes just before.
  if (cueForms(tokens[hit.first - 1]?.lower ?? '').some((f) => f.form === 'past' || f.form === 's')) return undefined;
  const np = phraseAfter(tokens, hit.last);
  if (!np) return undefined;
  const speaker = speakerOf(tokens, np);
  const cue = span(tokens, hit.first, hit.last);
  const according = {
    pattern: 'according' as const,
    ...fromCue(s.index, hit),
    cue,
    speaker,
    attributionStart: cue.start,
    contentAfter: false,
  };
  let lead = 0;
  while (lead < hit.first && (CONJUNCTIONS.has(tokens[lead]!.lower) || isAdverb(tokens[lead]!.lower) || tokens[lead]!.text === ',')) lead++;
  let content: Range;
  let direct = false;
  if (lead === hit.first) {
    let k = np.to;
    if (tokens[k]?.text === ',') k++;
    if (k >= tokens.length || isClauseEnd(tokens[k])) return undefined;
    const q = openingQuoteAt(view, tokens[k]);
    if (q && q.closed) {
      content = { start: q.start, end: q.end };
      direct = true;
    } else content = trimRange(view.text, tokens[k]!.start, s.end);
  } else {
    const before = contentBefore(view, s, hit.first) ?? { content: trimRange(view.text, regionStart(view, s), cue.start), direct: false };
    content = before.content;
    direct = before.direct;
    // "a code including — according to the notes — “provision to …”": the source set off before a quotation.
    const q = (tokens[np.to]?.text === ',' || isDash(tokens, np.to)) && openingQuoteAt(view, tokens[np.to + 1]);
    if (q && q.closed) return { ...according, content: { start: q.start, end: q.end }, direct: true, complement: 'quote' };
    // "The plan, according to officials, would fail": the clause goes on after the source, with its verb.
    if (tokens[np.to]?.text === ',' && np.to + 1 < tokens.length && continuesWithVerb(tokens[np.to + 1]!)) {
      content = { start: content.start, end: trimRange(view.text, content.start, s.end).end };
      direct = false;
    }
  }
  if (content.end - content.start < 3) return undefined;
  return { ...according, content, direct, contentAfter: lead === hit.first, complement: direct ? 'quote' : 'preceding' };
}

function continuesWithVerb(t: Token): boolean {
  return (
    AUXILIARIES.has(t.lower) ||
    isAdverb(t.lower) ||
    /^\p{Ll}+ed$/u.test(t.text) ||
    (/^\p{Ll}+s$/u.test(t.text) && !/ss$/.test(t.text) && !PREPOSITIONS.has(t.lower))
  );
}

/** "Claiming the debate was rigged, Trump told …": the content runs to the comma, the speaker is the clause's subject. */
function openingParticipial(view: DocView, s: SentenceView, hit: CueHit, speakerLike: (r: Range) => boolean): Candidate | undefined {
  const tokens = s.tokens;
  const comma = tokens.findIndex((t, j) => j >= hit.last && t.text === ',' && !quoteAround(view.doubles, t.start));
  if (comma <= hit.last) return undefined;
  const speaker = sentenceSubject(tokens);
  if (!speaker || !(speaker.pronoun || speakerLike(speaker.head))) return undefined;
  const first = tokens[hit.last]!;
  if (hit.needsMarker && !CONTENT_MARKERS.has(first.lower) && !openingQuoteAt(view, first)) return undefined;
  const content = trimRange(view.text, first.start, tokens[comma]!.start);
  if (content.end - content.start < 3) return undefined;
  const cue = span(tokens, hit.first, hit.last);
  return {
    pattern: 'participial',
    ...fromCue(s.index, hit),
    cue,
    speaker,
    content,
    direct: false,
    attributionStart: cue.start,
    contentAfter: true,
    complement: CONTENT_MARKERS.has(first.lower) ? 'that' : openingQuoteAt(view, first) ? 'quote' : 'clause',
  };
}

/** "It was announced by the ministry that …". */
function passive(view: DocView, s: SentenceView, hit: CueHit): Candidate | undefined {
  const tokens = s.tokens;
  if (tokens[hit.last]?.lower !== 'by') return undefined;
  const np = phraseAfter(tokens, hit.last + 1);
  if (!np) return undefined;
  const that = tokens[np.to];
  if (!that || that.lower !== 'that') return undefined;
  const content = trimRange(view.text, that.start, s.end);
  const cue = span(tokens, hit.first, hit.last + 1);
  return {
    pattern: 'passive',
    ...fromCue(s.index, hit),
    cue,
    speaker: speakerOf(tokens, np),
    content,
    direct: false,
    attributionStart: cue.start,
    contentAfter: true,
    complement: 'that',
  };
}

/** All candidate attributions in one sentence. `speakerLike` says whether a span names a possible speaker. */
/**
 * The earlier candidate whose subject a coordinated cue at `at` may share: the last one, unless that one
 * sits inside the content of an earlier attribution and the cue comes after that content ("X said they
 * want A, but pledged B": X pledged) or is a participle of the sentence ("X said she believes A, adding …").
 */
function sharedSubject(out: readonly Candidate[], at: number, { participle }: { participle: boolean }): Candidate | undefined {
  const last = out[out.length - 1];
  if (!last?.cue) return last;
  const outer = out.find((o) => o !== last && o.content.start <= last.cue!.start && last.cue!.end <= o.content.end);
  return outer && (participle || outer.content.end <= at) ? outer : last;
}

export function candidatesIn(view: DocView, s: SentenceView, speakerLike: (r: Range) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const hits = findCues(s.tokens);
  for (const hit of hits) {
    const at = s.tokens[hit.verb]!.start;
    if (quoteAround(view.doubles, at)) continue;
    let c: Candidate | undefined;
    if (namesSource(hit.entry)) c = according(view, s, hit);
    else if (hit.opening) c = openingParticipial(view, s, hit, speakerLike);
    else if (hit.passive) c = passive(view, s, hit) ?? agentless(view, s, hit);
    else
      c =
        inverted(view, s, hit) ??
        backward(view, s, hit) ??
        forward(view, s, hit, sharedSubject(out, at, { participle: hit.form === 'ing' }), speakerLike);
    if (c) out.push(c);
  }
  for (const c of impersonal(view, s)) out.push(c);
  // A noun cue gives way to any verb cue around or inside it.
  for (const c of nounCues(view, s, speakerLike))
    if (!out.some((o) => o.cue && o.cue.start < c.content.end && c.cue!.start < o.cue.end)) out.push(c);
  const intro = quoteIntro(view, s, speakerLike, out);
  if (intro) out.push(intro);
  const held = inTheirView(view, s, speakerLike);
  if (held) out.push(held);
  // "Poll: Voters favor the treaty": a speaker label before a colon is the outer attribution of what follows.
  const label = colon(view, s, speakerLike);
  if (label) out.push(label);
  else if (out.length === 0) {
    const c = epigraph(view, s) ?? inEvidence(view, s);
    if (c) out.push(c);
  }
  return out;
}
