import type { ActorType, Extraction, MentionKind, Span } from '../core/types.js';

/**
 * The prediction format of the reference scorer (shared/eval/README.md): a projection of the
 * same Extraction that feeds the graph, never a second extractor.
 */
export interface PredictionRecord {
  id: string;
  entities: { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }[];
  statements: { speaker: SpanRef | null; cue: SpanRef | null; content: SpanRef }[];
  timexes: { start: number; end: number; value?: string }[];
}

export interface SpanRef {
  start: number;
  end: number;
}

const ENTITY_TYPE: Record<ActorType, 'PER' | 'ORG' | 'LOC'> = { Person: 'PER', Organization: 'ORG', Country: 'LOC', Place: 'LOC' };

/** Mentions that name an actor; descriptions ("the envoy") and pronouns are coreference, not names. */
const NAMING_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'alias', 'metonym', 'demonym']);

export function projectAnnotations(id: string, extraction: Extraction): PredictionRecord {
  const actorTypes = new Map(extraction.actors.map((actor) => [actor.key, actor.type]));
  const entities: PredictionRecord['entities'] = [];
  for (const mention of extraction.mentions) {
    const type = actorTypes.get(mention.actor);
    if (!type || !NAMING_KINDS.has(mention.kind)) continue;
    entities.push({ start: mention.span.start, end: mention.span.end, type: ENTITY_TYPE[type] });
  }
  return {
    id,
    entities,
    statements: extraction.statements.map((statement) => ({
      speaker: ref(statement.speakerMention),
      cue: ref(statement.cue),
      content: ref(statement.content)!,
    })),
    timexes: extraction.timexes.map((timex) => ({
      start: timex.span.start,
      end: timex.span.end,
      ...(timex.value !== undefined ? { value: timex.value } : {}),
    })),
  };
}

function ref(span: Span | undefined): SpanRef | null {
  return span ? { start: span.start, end: span.end } : null;
}
