/**
 * The calibration fit: weighted isotonic regression (pool adjacent violators) of correctness on the
 * raw score, then merged down to a few knots so the map is a handful of numbers, not a table of the
 * development files.
 */

export interface Observation {
  raw: number;
  correct: boolean;
  weight: number;
}

interface Block {
  /** Weighted mean raw score. */
  x: number;
  /** Weighted share correct. */
  y: number;
  weight: number;
  count: number;
}

export interface FitOptions {
  /** Fewest observations behind a knot. */
  minCount: number;
  /** Most knots in the map. */
  maxKnots: number;
}

export function fitCalibration(observations: readonly Observation[], options: FitOptions): [number, number][] {
  if (observations.length === 0) return [];
  const byRaw = new Map<number, Block>();
  for (const o of observations) {
    const block = byRaw.get(o.raw) ?? { x: o.raw, y: 0, weight: 0, count: 0 };
    block.y += o.correct ? o.weight : 0;
    block.weight += o.weight;
    block.count++;
    byRaw.set(o.raw, block);
  }
  const points = [...byRaw.values()].sort((a, b) => a.x - b.x).map((b) => ({ ...b, y: b.y / b.weight }));
  let blocks = poolAdjacentViolators(points);
  while (blocks.length > 1) {
    const small = blocks.findIndex((b) => b.count < options.minCount);
    if (small < 0) break;
    blocks = mergeAt(blocks, neighbourToMerge(blocks, small));
  }
  while (blocks.length > options.maxKnots) {
    let best = 0;
    for (let i = 1; i < blocks.length - 1; i++) if (blocks[i + 1]!.y - blocks[i]!.y < blocks[best + 1]!.y - blocks[best]!.y) best = i;
    blocks = mergeAt(blocks, best);
  }
  // Laplace smoothing in weighted counts: no knot says 0 or 1 from a finite sample.
  const meanWeight = blocks.reduce((s, b) => s + b.weight, 0) / blocks.reduce((s, b) => s + b.count, 0);
  return blocks.map((b) => [round(b.x), round((b.y * b.weight + meanWeight) / (b.weight + 2 * meanWeight))]);
}

function poolAdjacentViolators(points: Block[]): Block[] {
  const stack: Block[] = [];
  for (const point of points) {
    stack.push({ ...point });
    while (stack.length > 1 && stack[stack.length - 2]!.y >= stack[stack.length - 1]!.y) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      stack.push(merged(a, b));
    }
  }
  return stack;
}

/** The index i such that blocks i and i+1 merge to absorb the small block at `index`: the neighbour nearest in y. */
function neighbourToMerge(blocks: Block[], index: number): number {
  if (index === 0) return 0;
  if (index === blocks.length - 1) return index - 1;
  const left = blocks[index]!.y - blocks[index - 1]!.y;
  const right = blocks[index + 1]!.y - blocks[index]!.y;
  return left <= right ? index - 1 : index;
}

function mergeAt(blocks: Block[], i: number): Block[] {
  return [...blocks.slice(0, i), merged(blocks[i]!, blocks[i + 1]!), ...blocks.slice(i + 2)];
}

function merged(a: Block, b: Block): Block {
  const weight = a.weight + b.weight;
  return { x: (a.x * a.weight + b.x * b.weight) / weight, y: (a.y * a.weight + b.y * b.weight) / weight, weight, count: a.count + b.count };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
