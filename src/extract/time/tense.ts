/**
 * A cheap tense reading of the clause around a time expression, used to decide whether
 * "Friday" or "April" means the one before or after the reference date (HeidelTime reads
 * the sentence's tense the same way, from its verbs).
 */
import { caseless } from '../../core/caseless.js';
import { partitionPoint } from '../../core/search.js';

export type Tense = 'past' | 'present' | 'future';

// "will be named", "is expected to", "plans to": the words after a future marker belong to it.
// The patterns that scan whole sentences are compiled without the i flag (core/caseless.ts).
const FUTURE = caseless(
  /\b(?:will|won't|wo n't|'ll|shall|going to|(?:plan|plans|planned|planning|intend|intends|intended|hope|hopes|aim|aims|prepare|prepares|preparing|ready|likely|poised|about|due|set|expected|expects?|scheduled) to|scheduled|(?:is|are) to|upcoming|would|wouldn't|next(?! to\b)|as soon as|as early as|no later than|effective)\b/gi,
);
/** A future marker that a past form of "be" can govern. */
const PLAN = /^(?:due|scheduled|set|expected|slated|poised|ready|likely|about) to$|^scheduled$/i;
const PLAN_IN_PAST = /\b(?:was|were|had been)\s+(?:[a-z]+ly\s+)?$/i;
/** Irregular past forms, which are also the participles of "will be paid", "would have left". */
const IRREGULAR_PAST =
  'been|met|went|came|took|made|gave|left|began|held|fell|rose|won|lost|saw|sent|led|paid|sold|bought|brought|thought|found|kept|spent|struck|stood|spoke|wrote|broke|chose|flew|knew|grew|threw|ran|became|got|sought|fought|caught|taught|built|meant|felt|dealt|heard|fled|drew|drove|ate|fed|forgot|froze|hid|rode|rang|sank|sang|shook|shot|slept|stole|stuck|swore|swept|tore|woke|wore|wept|withdrew|overthrew|undertook|underwent|arose|told|said';
const PAST = caseless(
  new RegExp(`\\b(?:was|were|had|did|ago|last|${IRREGULAR_PAST}|earlier|agreed|freed|guaranteed|[a-z]{2,}[^e\\W]ed|[a-z]+ied)\\b`, 'gi'),
);
const PRESENT = /\b(?:is|are|am|says|does|do)\b/gi;
// Past participles after these are passive or perfect forms of a future ("will be named"); "will last" is a verb.
const FUTURE_CHAIN = caseless(
  new RegExp(
    `^(?:\\s+(?:be|been|have|not|also|still|then|soon|probably|likely|now|[a-z]+ly)\\b)*\\s+(?:[a-z]+(?:ed|en)|last|${IRREGULAR_PAST})\\b`,
    'i',
  ),
);

interface Cue {
  start: number;
  end: number;
  tense: Tense;
  /** A verb of saying ("said", "told"). */
  reporting?: boolean;
}

const REPORTING = /^(?:said|says|told|added)$/i;

/** A sentence's cues, in text order and in order of their ends, for nearest-cue lookups. */
interface SentenceCues {
  byStart: Cue[];
  byEnd: Cue[];
}

/** Cues overlapping a time expression are looked for this far before it; the words of a cue are shorter. */
const OVERLAP_REACH = 64;

/** Cues of a sentence, memoised per sentence start because several timexes share a sentence. */
export class TenseReader {
  private readonly cache = new Map<number, SentenceCues>();

  constructor(private readonly text: string) {}

  /**
   * The tense of the cue nearest `[start, end)` inside the sentence `[from, to)`, before the timex
   * winning ties; a cue overlapping the timex ("as early as" around "early Tuesday") wins. Found by
   * binary search, so a long sentence costs each expression a logarithm, not a scan.
   */
  at(from: number, to: number, start: number, end: number): Tense | undefined {
    const { byStart, byEnd } = this.cues(from, to);
    let best: Cue | undefined;
    let bestDistance = Infinity;
    const consider = (cue: Cue | undefined): void => {
      if (!cue || (cue.start >= start && cue.end <= end)) return; // the timex's own words ("last Friday")
      // "... will leave at 4 a.m. Thursday,'' Castro said": an attribution after the clause is not its verb.
      if (cue.reporting && cue.start >= end) return;
      const distance = cue.end <= start ? start - cue.end : cue.start - end + 0.5;
      if (distance < bestDistance) {
        best = cue;
        bestDistance = distance;
      }
    };
    consider(byEnd[lastIndexBefore(byEnd, (c) => c.end <= start)]);
    const after = lastIndexBefore(byStart, (c) => c.start < end) + 1;
    for (let i = lastIndexBefore(byStart, (c) => c.start < start - OVERLAP_REACH) + 1; i < after; i++) consider(byStart[i]);
    consider(byStart[after]);
    return best?.tense;
  }

  private cues(from: number, to: number): SentenceCues {
    const cached = this.cache.get(from);
    if (cached) return cached;
    const sentence = this.text.slice(from, to);
    const cues: Cue[] = [];
    const covered: Array<[number, number]> = [];
    FUTURE.lastIndex = 0;
    for (let m = FUTURE.exec(sentence); m; m = FUTURE.exec(sentence)) {
      const chain = FUTURE_CHAIN.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60));
      const endOfGroup = m.index + m[0].length + (chain ? chain[0].length : 0);
      // "had been due to expire", "was scheduled to meet": a plan spoken of in the past, mostly for a past day.
      const planInPast = PLAN_IN_PAST.test(sentence.slice(Math.max(0, m.index - 16), m.index)) && PLAN.test(m[0]);
      cues.push({ start: from + m.index, end: from + m.index + m[0].length, tense: planInPast ? 'past' : 'future' });
      const last = covered[covered.length - 1];
      if (last && m.index < last[1]) last[1] = Math.max(last[1], endOfGroup);
      else covered.push([m.index, endOfGroup]);
    }
    // Matches come in text order and the groups are disjoint and sorted, so one pointer walks them.
    let group = 0;
    const inFuture = (i: number): boolean => {
      while (group < covered.length && covered[group]![1] <= i) group++;
      return group < covered.length && covered[group]![0] <= i;
    };
    PAST.lastIndex = 0;
    for (let m = PAST.exec(sentence); m; m = PAST.exec(sentence)) {
      if (inFuture(m.index)) continue;
      // Capitalised "-ed" words are names ("United", "Red"), not verbs.
      if (/^[A-Z]/.test(m[0]) && /ed$/.test(m[0]) && m[0] !== 'Agreed') continue;
      // "a still unspecified date", "the proposed plan": participles used as adjectives ("shootings that
      // injured doctors" is a relative clause's verb).
      if (
        /ed$/i.test(m[0]) &&
        /\b(?:a|an|the|its|their|his|her|this|these|those)\s+(?:[a-z]+ly\s+|still\s+)?$/i.test(
          sentence.slice(Math.max(0, m.index - 24), m.index),
        )
      )
        continue;
      cues.push({ start: from + m.index, end: from + m.index + m[0].length, tense: 'past', reporting: REPORTING.test(m[0]) });
    }
    group = 0;
    PRESENT.lastIndex = 0;
    for (let m = PRESENT.exec(sentence); m; m = PRESENT.exec(sentence)) {
      if (inFuture(m.index)) continue;
      // "is to" and "is expected to" were read as future above.
      cues.push({ start: from + m.index, end: from + m.index + m[0].length, tense: 'present', reporting: REPORTING.test(m[0]) });
    }
    // Stable sorts: among cues at the same place, the future, past, present order above breaks ties.
    const sentenceCues = { byStart: [...cues].sort((a, b) => a.start - b.start), byEnd: [...cues].sort((a, b) => a.end - b.end) };
    this.cache.set(from, sentenceCues);
    return sentenceCues;
  }
}

/** Index of the last element satisfying `test`, for a `test` that holds on a prefix of `items`; -1 if none. */
function lastIndexBefore<T>(items: readonly T[], test: (item: T) => boolean): number {
  return partitionPoint(items, test) - 1;
}
