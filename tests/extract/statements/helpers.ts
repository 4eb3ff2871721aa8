import type { ActorRecord, ActorType, Mention, MentionKind, Span, StatementRecord } from '../../../src/core/types.js';
import { extractStatements } from '../../../src/extract/statements/index.js';
import { CALIBRATION, DEFAULT_THRESHOLDS, applyCurve } from '../../../src/extract/confidence/index.js';
import { splitSentences } from '../../../src/extract/text/sentences.js';
import { lineParagraphs } from '../../helpers/hand-article.js';

/** An actor to mark in the text: every occurrence of `text` (as a whole word) becomes a mention of `key`. */
export interface Marked {
  text: string;
  key: string;
  kind?: MentionKind;
  /** Only the n-th occurrence (0-based); all occurrences when absent. */
  nth?: number;
}

export interface RunOptions {
  opinion?: boolean;
  authorActor?: string;
  /** Character range of the body (paragraphs outside it are ignored); the whole text when absent. */
  body?: { start: number; end: number };
  headings?: Span[];
}

const typeOf = (key: string): ActorType => key.split(':')[0] as ActorType;

/** Finds each marked text in `text` and builds the mentions and actors actor extraction would give. */
export function mark(text: string, marked: readonly Marked[]): { mentions: Mention[]; actors: ActorRecord[] } {
  const mentions: Mention[] = [];
  const actors = new Map<string, ActorRecord>();
  for (const m of marked) {
    const re = new RegExp(`(?<![\\p{L}])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    let n = 0;
    for (let hit = re.exec(text); hit; hit = re.exec(text), n++) {
      if (m.nth !== undefined && m.nth !== n) continue;
      mentions.push({
        span: { start: hit.index, end: hit.index + m.text.length, text: m.text },
        actor: m.key,
        kind: m.kind ?? 'name',
        sentence: 0,
      });
    }
    if (!actors.has(m.key))
      actors.set(m.key, {
        key: m.key,
        type: typeOf(m.key),
        name: m.key.slice(m.key.indexOf(':') + 1),
        aliases: [],
        roles: [],
        confidence: 1,
      });
  }
  return { mentions, actors: [...actors.values()] };
}

/** Runs statement extraction over `text` with the marked actors. */
export function statementsIn(text: string, marked: readonly Marked[] = [], options: RunOptions = {}): StatementRecord[] {
  const sentences = splitSentences(text, lineParagraphs(text, options.body));
  const { mentions, actors } = mark(text, marked);
  return extractStatements({
    text,
    sentences,
    mentions,
    actors,
    opinion: options.opinion ?? false,
    ...(options.authorActor ? { authorActor: options.authorActor } : {}),
    ...(options.headings ? { headings: options.headings } : {}),
  });
}

/** The statement whose cue reads `cue` (the first one), or the one whose content contains `content`. */
export function find(statements: readonly StatementRecord[], by: { cue?: string; content?: string }): StatementRecord | undefined {
  return statements.find(
    (s) => (by.cue === undefined || s.cue?.text === by.cue) && (by.content === undefined || s.content.text.includes(by.content)),
  );
}

/** Whether a statement's raw confidence, through the fitted calibration, reaches the default minimum: what `annotate` keeps. */
export function keptByDefault(statement: StatementRecord): boolean {
  return applyCurve(CALIBRATION.statement, statement.confidence ?? 1) >= DEFAULT_THRESHOLDS.statement;
}
