/**
 * `npm run calibrate`: fits the confidence calibration on the development gold files and writes
 * src/extract/confidence/calibration-map.ts. For each kind of fact (entity, statement, time
 * expression, event) the built CLI annotates the dev files with its raw scores, each prediction is
 * judged right or wrong by the scorer's rules, and a monotone curve (isotonic regression, a few
 * knots) maps raw score to the share right. Each dev corpus of a kind weighs the same, so no one
 * corpus's style sets the curve. Each kind then gets a default minimum confidence: for statements
 * the lowest at which every statement corpus (realnews and PolNeAR) reaches the precision the
 * project promises (one corpus alone left no margin for pages from other outlets), for the other
 * kinds the one with the best F1 (averaged over the kind's corpora). Nothing else is learned from
 * the dev files, and nothing from them is kept but these numbers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCurve } from '../src/extract/confidence/curve.js';
import type { CalibrationCurve } from '../src/extract/confidence/curve.js';
import { DEV_CORPORA, annotate, readGold, readPredictions, requireShared, root } from './lib/corpora.js';
import { expectedCalibrationError, goldCount, judge } from './lib/gold-match.js';
import type { Judged, Kind } from './lib/gold-match.js';
import { fitCalibration } from './lib/isotonic.js';
import type { Observation } from './lib/isotonic.js';

const KINDS: readonly Kind[] = ['entity', 'statement', 'timex', 'event'];
const FIT = { minCount: 25, maxKnots: 8 };
/** Statements precision the default threshold must reach on each statement corpus (issue 11). */
const STATEMENT_PRECISION = 0.85;
const MAP_FILE = join(root, 'src', 'extract', 'confidence', 'calibration-map.ts');

function main(): number {
  if (!requireShared()) return 2;
  const work = mkdtempSync(join(tmpdir(), 'newskg-calibrate-'));
  const judged = new Map<string, Judged[]>(); // `${kind}\t${corpus}` -> raw judgements
  const golds = new Map<string, number>(); // `${kind}\t${corpus}` -> gold items
  try {
    for (const corpus of DEV_CORPORA) {
      const pred = join(work, `${corpus.name.replace(/\W+/g, '-')}.jsonl`);
      annotate(corpus, pred, ['--raw-confidence', '--quiet']);
      const predictions = readPredictions(pred);
      const gold = readGold(corpus);
      for (const kind of corpus.kinds) {
        judged.set(
          `${kind}\t${corpus.name}`,
          gold.flatMap((record) => judge(kind, record, predictions.get(record.id) ?? { id: record.id })),
        );
        golds.set(
          `${kind}\t${corpus.name}`,
          gold.reduce((n, record) => n + goldCount(kind, record), 0),
        );
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const curves = {} as Record<Kind, CalibrationCurve>;
  const fittedOn: string[] = [];
  for (const kind of KINDS) {
    const groups = [...judged.entries()].filter(([key, list]) => key.startsWith(`${kind}\t`) && list.length > 0);
    const total = groups.reduce((n, [, list]) => n + list.length, 0);
    const observations: Observation[] = groups.flatMap(([, list]) =>
      list.map((j) => ({ raw: j.confidence, correct: j.correct, weight: total / (groups.length * list.length) })),
    );
    const knots = fitCalibration(observations, FIT);
    curves[kind] = {
      knots: knots.length
        ? knots
        : [
            [0, 0],
            [1, 1],
          ],
    };
    fittedOn.push(
      `${kind}: ${groups.map(([key, list]) => `${key.split('\t')[1]} (${list.length})`).join(', ') || 'nothing to fit: identity'}`,
    );
  }

  const calibrated = (key: string, kind: Kind) =>
    (judged.get(key) ?? []).map((j) => ({ ...j, confidence: applyCurve(curves[kind], j.confidence) }));
  const statementCorpora = [...judged.keys()].filter((key) => key.startsWith('statement\t') && (golds.get(key) ?? 0) > 0);
  const statementThreshold = lowestThreshold(
    statementCorpora.map((key) => calibrated(key, 'statement')),
    STATEMENT_PRECISION,
  );
  const thresholds = {} as Record<Kind, number>;
  for (const kind of KINDS) {
    const corpora = [...judged.keys()].filter((key) => key.startsWith(`${kind}\t`) && (golds.get(key) ?? 0) > 0);
    thresholds[kind] =
      kind === 'statement'
        ? (statementThreshold ?? 0)
        : bestF1Threshold(corpora.map((key) => ({ judged: calibrated(key, kind), gold: golds.get(key)! })));
  }
  writeFileSync(MAP_FILE, renderMap(curves, thresholds, fittedOn));

  console.log('kind       corpus            n      precision  ECE raw  ECE calibrated');
  for (const [key, list] of judged) {
    const [kind, corpus] = key.split('\t') as [Kind, string];
    const calibrated = list.map((j) => ({ ...j, confidence: applyCurve(curves[kind], j.confidence) }));
    const precision = list.length ? list.filter((j) => j.correct).length / list.length : 0;
    console.log(
      `${kind.padEnd(10)} ${corpus.padEnd(16)} ${String(list.length).padStart(5)}  ${precision.toFixed(3).padStart(9)}  ${expectedCalibrationError(list).toFixed(3).padStart(7)}  ${expectedCalibrationError(calibrated).toFixed(3).padStart(14)}`,
    );
  }
  if (statementThreshold === undefined)
    console.log(
      `\nno threshold gives statements precision >= ${STATEMENT_PRECISION} on ${statementCorpora.map((key) => key.split('\t')[1]).join(' and ')}: the statement default is left at 0`,
    );
  console.log(`\ndefault thresholds: ${KINDS.map((kind) => `${kind} ${thresholds[kind]}`).join(', ')}`);
  console.log(`wrote ${MAP_FILE}`);
  return 0;
}

/** The threshold (in hundredths; the lowest of equals) with the best F1 averaged over the corpora, counting kept predictions right as judged. */
function bestF1Threshold(corpora: readonly { judged: readonly Judged[]; gold: number }[]): number {
  let best = { threshold: 0, f1: -1 };
  for (let hundredths = 0; hundredths < 100 && corpora.length; hundredths++) {
    const t = hundredths / 100;
    const f1 =
      corpora.reduce((sum, { judged, gold }) => {
        const kept = judged.filter((j) => j.confidence >= t);
        const right = kept.filter((j) => j.correct).length;
        const [p, r] = [kept.length ? right / kept.length : 0, gold ? right / gold : 0];
        return sum + (p + r ? (2 * p * r) / (p + r) : 0);
      }, 0) / corpora.length;
    if (f1 > best.f1 + 1e-9) best = { threshold: t, f1 };
  }
  return best.threshold;
}

/** The lowest threshold (in hundredths) at which the kept predictions of every corpus reach the precision. */
function lowestThreshold(corpora: readonly (readonly Judged[])[], precision: number): number | undefined {
  const reaches = (judged: readonly Judged[], t: number) => {
    const kept = judged.filter((j) => j.confidence >= t);
    return kept.length > 0 && kept.filter((j) => j.correct).length / kept.length >= precision;
  };
  for (let hundredths = 0; hundredths < 100; hundredths++) {
    const t = hundredths / 100;
    if (corpora.length && corpora.every((judged) => reaches(judged, t))) return t;
  }
  return undefined;
}

function renderMap(curves: Record<Kind, CalibrationCurve>, thresholds: Record<Kind, number>, fittedOn: readonly string[]): string {
  const curve = (kind: Kind) => `  ${kind}: { knots: [${curves[kind].knots.map(([x, y]) => `[${x}, ${y}]`).join(', ')}] },`;
  return [
    '// Generated by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.',
    "import type { CalibrationMap, FactKind } from './calibrate.js';",
    '',
    '/**',
    ' * Raw score -> probability of being right, per kind of fact, fitted on the development files:',
    ...fittedOn.map((line) => ` * - ${line}`),
    ' */',
    'export const CALIBRATION: CalibrationMap = {',
    ...KINDS.map(curve),
    '};',
    '',
    '/**',
    ' * The default minimum confidence of each kind of fact (--min-confidence sets one for all): for statements',
    ` * the lowest giving statements precision >= ${STATEMENT_PRECISION} on every statement dev file (realnews and PolNeAR), for the others the best F1 on the dev files.`,
    ' */',
    `export const DEFAULT_THRESHOLDS: Readonly<Record<FactKind, number>> = { ${KINDS.map((kind) => `${kind}: ${thresholds[kind]}`).join(', ')} };`,
    '',
  ].join('\n');
}

process.exitCode = main();
