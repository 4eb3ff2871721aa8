import { actorKey } from '../core/iri-layout.js';
import type {
  ActorType,
  AuthorValue,
  EventClass,
  EventRecord,
  Extraction,
  Factuality,
  MentionKind,
  Span,
  StatementRecord,
} from '../core/types.js';
import { eventClassOf } from '../extract/events/scheme.js';
import { contentFragments } from '../extract/statements/index.js';

/**
 * The prediction format of the reference scorer (shared/eval/README.md): a projection of the
 * same Extraction that feeds the graph, never a second extractor.
 */
export interface PredictionRecord {
  id: string;
  entities: { start: number; end: number; type: 'PER' | 'ORG' | 'LOC'; confidence: number }[];
  statements: { speaker: SpanRef | null; cue: SpanRef | null; content: ContentRef; confidence: number }[];
  timexes: { start: number; end: number; value?: string; confidence: number }[];
  events: EventPrediction[];
}

/** One happening: every mention of it, its broad class, factuality, date (a TIMEX3 value) and confidence. */
export interface EventPrediction {
  mentions: SpanRef[];
  type: EventClass;
  factuality: Factuality;
  date: string | null;
  confidence: number;
}

export interface SpanRef {
  start: number;
  end: number;
}

/** A content span; when the attribution sits inside it ("The plan, he said, would fail"), its pieces around it. */
export interface ContentRef extends SpanRef {
  fragments?: SpanRef[];
}

const ENTITY_TYPE: Record<ActorType, 'PER' | 'ORG' | 'LOC'> = { Person: 'PER', Organization: 'ORG', Country: 'LOC', Place: 'LOC' };

/** Mentions that name an actor; descriptions ("the envoy") and pronouns are coreference, not names. */
const NAMING_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'alias', 'metonym']);

export interface ProjectionOptions {
  /** The article's authors: a byline printed in the text names them ("By Jane Doe", "Larry Fine" under the headline). */
  authors?: readonly AuthorValue[];
}

export function projectAnnotations(id: string, text: string, extraction: Extraction, options: ProjectionOptions = {}): PredictionRecord {
  const actors = new Map(extraction.actors.map((actor) => [actor.key, actor]));
  const entities: PredictionRecord['entities'] = [];
  for (const mention of extraction.mentions) {
    const actor = actors.get(mention.actor);
    if (!actor || !NAMING_KINDS.has(mention.kind)) continue;
    entities.push({
      start: mention.span.start,
      end: mention.span.end,
      type: ENTITY_TYPE[actor.type],
      confidence: mention.confidence ?? actor.confidence,
    });
  }
  for (const author of options.authors ?? []) {
    const span = author.span;
    // The author's actor: absent when --min-confidence left it out.
    const actor = actors.get(actorKey(author.type, author.value));
    if (!span || !actor || entities.some((e) => e.start < span.end && span.start < e.end)) continue;
    entities.push({ start: span.start, end: span.end, type: ENTITY_TYPE[author.type], confidence: actor.confidence });
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id,
    entities,
    statements: extraction.statements.filter(isAttributed).map((statement) => ({
      speaker: ref(statement.speakerMention),
      cue: ref(statement.cue),
      content: contentRef(text, statement),
      confidence: statement.confidence,
    })),
    timexes: extraction.timexes.map((timex) => ({
      start: timex.span.start,
      end: timex.span.end,
      ...(timex.value !== undefined ? { value: timex.value } : {}),
      confidence: timex.confidence,
    })),
    events: extraction.events.flatMap((event) => eventPrediction(event, extraction)),
  };
}

/** An event of a type outside the thirteen classes (a threat) has no counterpart in the scorer's scheme. */
function eventPrediction(event: EventRecord, extraction: Extraction): EventPrediction[] {
  const type = eventClassOf(event.type);
  if (!type) return [];
  const mentions = [event.trigger, ...(event.mentions ?? [])]
    .sort((a, b) => a.start - b.start)
    .map((span) => ({ start: span.start, end: span.end }));
  return [{ mentions, type, factuality: event.factuality, date: eventDate(event, extraction), confidence: event.confidence }];
}

/**
 * The TIMEX3 value dating the event, to the day; none for "recently", "now" (PAST_REF, PRESENT_REF)
 * or a value with no known part ("XXXX" for "four years ago" without a publication date).
 */
function eventDate(event: EventRecord, extraction: Extraction): string | null {
  const value = event.time !== undefined ? extraction.timexes[event.time]?.value : undefined;
  if (!value || /_REF$/.test(value) || /^[X-]+$/.test(value)) return null;
  return value.replace(/T.*$/, '');
}

/**
 * The evaluation format counts attributed material only (shared/corpus/realnews/GUIDELINES.md): the
 * author's own claims, whether an op-ed's unattributed sentences or the writer's "I think", stay in the
 * graph but are not projected.
 */
function isAttributed(statement: StatementRecord): boolean {
  return statement.mode !== 'authorial' && statement.evidence.speaker !== 'author';
}

function contentRef(text: string, statement: StatementRecord): ContentRef {
  const pieces = contentFragments(text, statement);
  const whole = { start: statement.content.start, end: statement.content.end };
  return pieces.length > 1 ? { ...whole, fragments: pieces.map((p) => ({ start: p.start, end: p.end })) } : whole;
}

function ref(span: Span | undefined): SpanRef | null {
  return span ? { start: span.start, end: span.end } : null;
}
