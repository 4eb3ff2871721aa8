/**
 * Which predictions are right, one by one, by the rules of the reference scorer
 * (../shared/eval/score.mjs, whose README is the contract): the scorer counts, this says which.
 * Used to fit and check the confidence calibration; the scorer stays the judge of every figure.
 */

export type Kind = 'entity' | 'statement' | 'timex' | 'event';

interface Piece {
  start: number;
  end: number;
}

export interface Spanish extends Piece {
  fragments?: Piece[];
}

export interface GoldRecord {
  id: string;
  text: string;
  entities?: { start: number; end: number; type: string }[];
  statements?: { speaker?: Spanish | null; cue?: Spanish | null; content?: Spanish | null }[];
  timexes?: { start: number; end: number; value?: string }[];
  events?: { mentions?: Piece[]; trigger?: Piece; type?: string }[];
}

export interface PredictionRecord {
  id: string;
  entities?: { start: number; end: number; type: string; confidence?: number }[];
  statements?: { speaker: Spanish | null; cue: Spanish | null; content: Spanish; confidence?: number }[];
  timexes?: { start: number; end: number; value?: string; confidence?: number }[];
  events?: { mentions: Piece[]; type?: string; confidence?: number }[];
}

/** One scored prediction: its confidence and whether the scorer counts it right. */
export interface Judged {
  confidence: number;
  correct: boolean;
}

const pieces = (s: Spanish | null | undefined): Piece[] => (s?.fragments?.length ? s.fragments : s ? [s] : []);

export function overlap(a: Spanish | null | undefined, b: Spanish | null | undefined): number {
  let n = 0;
  for (const x of pieces(a)) for (const y of pieces(b)) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

export const length = (s: Spanish): number => pieces(s).reduce((n, x) => n + (x.end - x.start), 0);

/** The scorer's one-to-one matching: best pairs first, ties by gold then prediction order. Returns prediction -> gold index. */
export function match<G, P>(golds: readonly G[], preds: readonly P[], score: (g: G, p: P) => number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const s = score(g, p);
      if (s > 0) pairs.push([s, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const out = new Map<number, number>();
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || out.has(pi)) continue;
    usedGold.add(gi);
    out.set(pi, gi);
  }
  return out;
}

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC']);

/** Every prediction of one kind in one document, judged against the gold record. */
export function judge(kind: Kind, gold: GoldRecord, pred: PredictionRecord): Judged[] {
  const conf = (x: { confidence?: number }) => x.confidence ?? 1;
  if (kind === 'entity') {
    const misc = new Set((gold.entities ?? []).filter((e) => e.type === 'MISC').map((e) => `${e.start}:${e.end}`));
    const keys = new Set((gold.entities ?? []).filter((e) => ENTITY_TYPES.has(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
    return (pred.entities ?? [])
      .filter((e) => ENTITY_TYPES.has(e.type) && !misc.has(`${e.start}:${e.end}`))
      .map((e) => ({ confidence: conf(e), correct: keys.has(`${e.start}:${e.end}:${e.type}`) }));
  }
  if (kind === 'statement') {
    const golds = (gold.statements ?? []).filter((s) => s.content);
    const preds = (pred.statements ?? []).filter((s) => s.content);
    const matched = match(golds, preds, (a, b) => {
      const o = overlap(a.content, b.content);
      return o >= 0.5 * length(a.content!) && o >= 0.5 * length(b.content) ? o : 0;
    });
    return preds.map((p, pi) => {
      const gi = matched.get(pi);
      const g = gi === undefined ? undefined : golds[gi];
      const speakerOk =
        g !== undefined && ((!g.speaker && !p.speaker) || (!!g.speaker && !!p.speaker && overlap(g.speaker, p.speaker) > 0));
      return { confidence: conf(p), correct: speakerOk };
    });
  }
  if (kind === 'timex') {
    const golds = gold.timexes ?? [];
    const preds = pred.timexes ?? [];
    const matched = match(golds, preds, (a, b) => overlap(a, b));
    return preds.map((p, pi) => {
      const gi = matched.get(pi);
      return { confidence: conf(p), correct: gi !== undefined && String(golds[gi]!.value) === String(p.value) };
    });
  }
  const golds = gold.events ?? [];
  const preds = pred.events ?? [];
  const spans = (e: { mentions?: Piece[]; trigger?: Piece }): Spanish => ({
    start: 0,
    end: 0,
    fragments: e.mentions ?? (e.trigger ? [e.trigger] : []),
  });
  const matched = match(golds, preds, (a, b) => overlap(spans(a), spans(b)));
  return preds.map((p, pi) => ({ confidence: conf(p), correct: matched.has(pi) }));
}

/** How many gold items of one kind a document holds, as the scorer counts them (its recall's denominator). */
export function goldCount(kind: Kind, gold: GoldRecord): number {
  if (kind === 'entity') return (gold.entities ?? []).filter((e) => ENTITY_TYPES.has(e.type)).length;
  if (kind === 'statement') return (gold.statements ?? []).filter((s) => s.content).length;
  if (kind === 'timex') return (gold.timexes ?? []).length;
  return (gold.events ?? []).length;
}

/** Expected calibration error over equal-width bins: the mean gap between confidence and accuracy, weighted by bin size. */
export function expectedCalibrationError(judged: readonly Judged[], bins = 10): number {
  if (judged.length === 0) return 0;
  const sums = Array.from({ length: bins }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const j of judged) {
    const bin = sums[Math.min(bins - 1, Math.floor(j.confidence * bins))]!;
    bin.n++;
    bin.confidence += j.confidence;
    bin.correct += j.correct ? 1 : 0;
  }
  return sums.reduce((e, b) => e + (b.n ? (b.n / judged.length) * Math.abs(b.correct / b.n - b.confidence / b.n) : 0), 0);
}
