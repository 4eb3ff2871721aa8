/**
 * One sentence as the event extractor sees it: tokens, the actor mentions laid over them, and
 * which tokens sit inside a reported clause ("X said [that the talks would resume in March]").
 */

import type { ActorType, Mention, Sentence, TimeExpression } from '../../core/types.js';
import { tokenize, type Token } from '../text/tokens.js';
import { REPORTING_VERBS } from './words.js';

export interface MentionOnTokens {
  mention: Mention;
  type: ActorType;
  /** First and last token (inclusive) covered by the mention. */
  first: number;
  last: number;
}

export interface TimexOnTokens {
  /** Index into the document's timexes. */
  index: number;
  timex: TimeExpression;
  first: number;
  last: number;
}

export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  mentions: MentionOnTokens[];
  timexes: TimexOnTokens[];
  /** For each token, how many reporting verbs precede it in the sentence (0 = the main clause). */
  depth: number[];
  /** Token index -> the mention covering it, if any. */
  mentionAt: (Mention | undefined)[];
}

/** Token range [first, last] covering the character range [start, end), or undefined when none does. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : [first, last];
}

export function buildSentenceView(
  text: string,
  index: number,
  sentence: Sentence,
  mentions: readonly Mention[],
  actorTypes: ReadonlyMap<string, ActorType>,
  /** The document's time expressions that may overlap the sentence, with their index in the document's list, in that order. */
  timexes: readonly { index: number; timex: TimeExpression }[],
  tokens: Token[] = tokenize(text, sentence.start, sentence.end),
): SentenceView {
  const onTokens: MentionOnTokens[] = [];
  const mentionAt: (Mention | undefined)[] = new Array(tokens.length).fill(undefined);
  for (const mention of mentions) {
    if (mention.span.end <= sentence.start || mention.span.start >= sentence.end) continue;
    const type = actorTypes.get(mention.actor);
    if (!type) continue;
    const range = tokenRange(tokens, mention.span.start, mention.span.end);
    if (!range) continue;
    onTokens.push({ mention, type, first: range[0], last: range[1] });
    for (let i = range[0]; i <= range[1]; i++) mentionAt[i] = mention;
  }
  onTokens.sort((a, b) => a.first - b.first);

  const timexOnTokens: TimexOnTokens[] = [];
  for (const { index: i, timex } of timexes) {
    if (timex.span.end <= sentence.start || timex.span.start >= sentence.end) continue;
    const range = tokenRange(tokens, timex.span.start, timex.span.end);
    if (range) timexOnTokens.push({ index: i, timex, first: range[0], last: range[1] });
  }

  const depth: number[] = [];
  let d = 0;
  tokens.forEach((t, i) => {
    depth.push(d);
    // "according to X, ..." puts what follows the comma, not X, in the reported clause; close enough.
    if (REPORTING_VERBS.has(t.lower) && !mentionAt[i]) d++;
  });

  return { index, sentence, tokens, mentions: onTokens, timexes: timexOnTokens, depth, mentionAt };
}
