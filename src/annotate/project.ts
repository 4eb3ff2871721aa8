import type { ActorType, Extraction, MentionKind, Span, StatementRecord } from '../core/types.js';
import { contentFragments } from '../extract/statements/index.js';

/**
 * The prediction format of the reference scorer (shared/eval/README.md): a projection of the
 * same Extraction that feeds the graph, never a second extractor.
 */
export interface PredictionRecord {
  id: string;
  entities: { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }[];
  statements: { speaker: SpanRef | null; cue: SpanRef | null; content: ContentRef; confidence: number }[];
  timexes: { start: number; end: number; value?: string }[];
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
const NAMING_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'alias', 'metonym', 'demonym']);

export function projectAnnotations(id: string, text: string, extraction: Extraction): PredictionRecord {
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
    })),
  };
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
