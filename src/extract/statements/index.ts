import type { ActorRecord, Mention, Sentence, Span, StatementEvidence, StatementRecord } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { authorialContent, authorialType } from './authorial.js';
import { statementConfidence } from './confidence.js';
import { buildView, sentenceAt, type DocView } from './document.js';
import { candidatesIn, type Candidate, type Range } from './patterns.js';
import { resolveConflicts } from './resolve.js';
import { isUnnamedSpeaker, nameIndex, resolveSpeaker, UNATTRIBUTED, type SpeakerMemory } from './speaker.js';

export { UNATTRIBUTED, UNIDENTIFIED, UNNAMED_PREFIX, isUnnamedSpeaker } from './speaker.js';
export { authorialType } from './authorial.js';
export { contentFragments } from './fragments.js';

export interface StatementInput {
  /** The document text all offsets refer to (SourceDocument.text). */
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  actors: ActorRecord[];
  /** Actor key of the article's author. */
  authorActor?: string;
  /** The article is an op-ed or commentary: unattributed claims in it are the author's. */
  opinion: boolean;
  /** Section headings (SourceDocument.sections[].heading): never claims. */
  headings?: Span[];
  /** The tokens of each sentence, when the caller has them. */
  tokens?: readonly Token[][];
}

const SPEAKER_TYPES = new Set(['Person', 'Organization', 'Country']);

/**
 * Attributed statements: who said (or thinks, warns, demands…) what, with the cue, the content span
 * and the speech mode; in an op-ed, also the author's own claims. Pure and synchronous.
 */
export function extractStatements(input: StatementInput): StatementRecord[] {
  const view = buildView(input.text, input.sentences, input.mentions, input.actors, input.tokens);
  const speakerLike = (r: Range, sentence: number): boolean => looksLikeSpeaker(view, r, sentence);
  const candidates: Candidate[] = [];
  for (const s of view.sentences) for (const c of candidatesIn(view, s, (r) => speakerLike(r, s.index))) candidates.push(c);
  const accepted = resolveConflicts(view.text, candidates);
  const memory: SpeakerMemory = { names: nameIndex(input.actors), ...(input.authorActor ? { author: input.authorActor } : {}) };
  const records: StatementRecord[] = [];
  for (const c of accepted) {
    const record = toRecord(view, c, memory);
    if (record) records.push(record);
  }
  if (input.opinion && input.authorActor)
    for (const claim of authorialClaims(view, records, input.authorActor, input.headings ?? [])) records.push(claim);
  records.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const seen = new Set<string>();
  return records.filter((r) => {
    const key = `${r.span.start}:${r.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function looksLikeSpeaker(view: DocView, r: Range, sentence: number): boolean {
  const mentions = view.mentions[sentence] ?? [];
  if (mentions.some((m) => m.span.start >= r.start && m.span.end <= r.end && SPEAKER_TYPES.has(view.actors.get(m.actor)?.type ?? '')))
    return true;
  // Transcript style: "PENCE:".
  return /^[\p{Lu}][\p{Lu}.' -]+$/u.test(view.text.slice(r.start, r.end)) && r.end - r.start > 2;
}

const spanOf = (text: string, r: Range): Span => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });

function toRecord(view: DocView, c: Candidate, memory: SpeakerMemory): StatementRecord | undefined {
  if (!c.speaker) return c.pattern === 'agentless' ? unattributed(view, c) : undefined;
  // "If you want to know why …", "you see what happens next": the generic "you" is nobody's statement.
  if (c.speaker.pronoun && /^you\b/i.test(view.text.slice(c.speaker.head.start, c.speaker.head.end))) return undefined;
  const resolved = resolveSpeaker(view, c.sentence, c.speaker, memory, c.content);
  if (!c.speaker.pronoun && !isUnnamedSpeaker(resolved.key) && resolved.how !== 'affiliation' && resolved.how !== 'author') {
    memory.last = { key: resolved.key, sentence: c.sentence };
  }
  const text = view.text;
  const parts: Range[] = [resolved.mention, c.content];
  if (c.cue) parts.push(c.cue);
  const start = parts.reduce((min, p) => Math.min(min, p.start), Infinity);
  const end = parts.reduce((max, p) => Math.max(max, p.end), -Infinity);
  let type = c.type;
  if (type === 'assertion' && c.direct && /\?\s*["”’']?\s*$/.test(text.slice(c.content.start, c.content.end))) type = 'question';
  // "X, who said …": the relative pronoun is the mention nearest the statement; the actor is X's.
  const mention = c.speaker.relative ? spanOf(text, c.speaker.relative) : resolved.mention;
  const how = c.speaker.relative && resolved.how === 'name' ? 'relative' : resolved.how;
  return {
    speaker: resolved.key,
    speakerMention: mention,
    ...(c.cue ? { cue: spanOf(text, c.cue) } : {}),
    cueLemma: c.cueLemma,
    type,
    mode: c.direct ? 'direct' : 'indirect',
    content: spanOf(text, c.content),
    span: spanOf(text, { start, end }),
    about: aboutOf(view, c.content, resolved.key),
    sentence: c.sentence,
    ...withEvidence({ ...evidenceOf(view.text, c, how, resolved.distance), ...(actorObject(view, c) ? { actorObject: true } : {}) }),
  };
}

/** "endorsed Clinton", "attacked the Tenants League": an object or label content opening with a speaker-like name. */
function actorObject(view: DocView, c: Candidate): boolean {
  if (c.complement !== 'object' && c.complement !== 'label') return false;
  return (view.mentions[c.sentence] ?? []).some(
    (m) =>
      (m.kind === 'name' || m.kind === 'alias') &&
      m.span.start >= c.content.start &&
      /^(?:the\s+)?$/i.test(view.text.slice(c.content.start, m.span.start)) &&
      SPEAKER_TYPES.has(view.actors.get(m.actor)?.type ?? ''),
  );
}

function evidenceOf(text: string, c: Candidate, speaker: StatementEvidence['speaker'], distance: number): StatementEvidence {
  return {
    pattern: c.pattern,
    cue: c.cueKind,
    complement: c.complement,
    speaker,
    distance,
    irrealis: c.irrealis,
    words: wordCount(text, c.content),
    ...(c.ambiguousCue ? { ambiguousCue: true } : {}),
    ...(c.negated ? { negated: true } : {}),
  };
}

const wordCount = (text: string, r: Range): number =>
  text
    .slice(r.start, r.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A record's evidence and the confidence computed from it. */
function withEvidence(evidence: StatementEvidence): Pick<StatementRecord, 'evidence' | 'confidence'> {
  return { evidence, confidence: statementConfidence(evidence) };
}

/** A statement whose source the text leaves unstated ("The talks are expected to resume"). */
function unattributed(view: DocView, c: Candidate): StatementRecord {
  return {
    speaker: UNATTRIBUTED,
    ...(c.cue ? { cue: spanOf(view.text, c.cue) } : {}),
    cueLemma: c.cueLemma,
    type: c.type,
    mode: 'indirect',
    content: spanOf(view.text, c.content),
    span: spanOf(view.text, c.content),
    about: aboutOf(view, c.content, UNATTRIBUTED),
    sentence: c.sentence,
    ...withEvidence(evidenceOf(view.text, c, 'unstated', 0)),
  };
}

function aboutOf(view: DocView, content: Range, speaker: string): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, sentenceAt(view.sentences, content.start)); i < view.sentences.length; i++) {
    const s = view.sentences[i]!;
    if (s.end <= content.start) continue;
    if (s.start >= content.end) break;
    for (const m of view.mentions[i]!) {
      if (m.span.start >= content.start && m.span.end <= content.end && m.actor !== speaker && !out.includes(m.actor)) out.push(m.actor);
    }
  }
  return out;
}

function authorialClaims(view: DocView, records: readonly StatementRecord[], author: string, headings: readonly Span[]): StatementRecord[] {
  const covered = records.map((r) => r.span).sort((a, b) => a.start - b.start);
  const out: StatementRecord[] = [];
  let k = 0;
  for (const s of view.sentences) {
    while (k < covered.length && covered[k]!.end <= s.start) k++;
    if (overlapsAny(covered, k, s)) continue;
    const content = authorialContent(view, s, headings);
    if (!content) continue;
    const sentenceText = view.text.slice(content.start, content.end);
    const type = authorialType(sentenceText);
    out.push({
      speaker: author,
      cueLemma: 'assert',
      type,
      mode: 'authorial',
      content: spanOf(view.text, content),
      span: spanOf(view.text, content),
      about: aboutOf(view, content, author),
      sentence: s.index,
      ...withEvidence({
        pattern: 'authorial',
        cue: 'none',
        complement: 'clause',
        speaker: 'author',
        distance: 0,
        irrealis: false,
        words: wordCount(view.text, content),
      }),
    });
  }
  return out;
}

function overlapsAny(sorted: readonly Span[], from: number, s: { start: number; end: number }): boolean {
  for (let i = from; i < sorted.length && sorted[i]!.start < s.end; i++) if (s.start < sorted[i]!.end) return true;
  return false;
}
