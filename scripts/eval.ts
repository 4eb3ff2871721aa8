/**
 * `npm run eval`: annotates the dev gold files in ../shared/corpus with the built CLI, scores them
 * with ../shared/eval/score.mjs (the reference scorer) and prints one table, then how precision and
 * recall move with --min-confidence and how well the confidences are calibrated. Evaluation only:
 * nothing from ../shared is copied into the project. NEWSKG_SHARED overrides where ../shared is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/extract/confidence/calibration-map.js';
import {
  DEV_CORPORA,
  SCORER_TASK,
  annotate,
  corpusPath,
  readGold,
  readJsonLines,
  readPredictions,
  requireShared,
  scorer,
} from './lib/corpora.js';
import type { DevCorpus } from './lib/corpora.js';
import { expectedCalibrationError, judge } from './lib/gold-match.js';
import type { Kind, PredictionRecord } from './lib/gold-match.js';

interface Metric {
  label: string;
  key: string;
  /** Target on F1 (0: none). */
  target: number;
  /** Target on precision: precision is a first-class figure, not a footnote to F1. */
  precisionTarget?: number;
  baseline?: number;
  /** A single figure (an accuracy) rather than P/R/F1. */
  scalar?: boolean;
}

/** What each corpus and kind is measured by, with the targets of issues 11 and 12. */
const METRICS: { corpus: string; kind: Kind; title: string; metrics: Metric[] }[] = [
  {
    corpus: 'CoNLL-2003 dev',
    kind: 'entity',
    title: 'entities',
    metrics: [{ label: 'exact F1 PER/ORG/LOC', key: 'exact', target: 0.89, baseline: 0.339 }],
  },
  {
    corpus: 'PolNeAR dev',
    kind: 'statement',
    title: 'statements',
    metrics: [
      { label: 'content F1', key: 'content', target: 0.78, baseline: 0.295 },
      { label: 'contentAndSpeaker F1', key: 'contentAndSpeaker', target: 0.72, baseline: 0.181 },
      { label: 'contentAndCue F1', key: 'contentAndCue', target: 0 },
    ],
  },
  {
    corpus: 'TempEval-3 dev',
    kind: 'timex',
    title: 'time expressions',
    metrics: [
      { label: 'value F1', key: 'value', target: 0.82, baseline: 0.422 },
      { label: 'strict F1', key: 'strict', target: 0 },
      { label: 'relaxed F1', key: 'relaxed', target: 0 },
    ],
  },
  { corpus: 'realnews dev', kind: 'entity', title: 'entities', metrics: [{ label: 'exact F1 PER/ORG/LOC', key: 'exact', target: 0.85 }] },
  {
    corpus: 'realnews dev',
    kind: 'statement',
    title: 'statements',
    metrics: [
      { label: 'content F1', key: 'content', target: 0 },
      { label: 'contentAndSpeaker F1', key: 'contentAndSpeaker', target: 0.7, precisionTarget: 0.85 },
      { label: 'contentAndCue F1', key: 'contentAndCue', target: 0 },
    ],
  },
  {
    corpus: 'realnews dev',
    kind: 'timex',
    title: 'time expressions',
    metrics: [
      { label: 'value F1', key: 'value', target: 0.8 },
      { label: 'strict F1', key: 'strict', target: 0 },
    ],
  },
  {
    corpus: 'realnews dev',
    kind: 'event',
    title: 'events',
    metrics: [
      { label: 'event F1', key: 'event', target: 0.6, precisionTarget: 0.75 },
      { label: 'eventAndType F1', key: 'eventAndType', target: 0 },
      { label: 'date F1', key: 'date', target: 0.6 },
      { label: 'factuality accuracy', key: 'factualityAccuracy', target: 0.85, scalar: true },
    ],
  },
];

/** The metric each kind's confidence is judged by (gold-match.ts says which predictions it counts right). */
const HEADLINE_METRIC: Readonly<Record<Kind, string>> = { entity: 'exact', statement: 'contentAndSpeaker', timex: 'value', event: 'event' };
const THRESHOLDS = [0, 0.3, 0.5, 0.7, 0.9];

function main(): number {
  if (!requireShared()) return 2;
  const work = mkdtempSync(join(tmpdir(), 'newskg-eval-'));
  try {
    const atDefault = new Map<string, string>();
    const unfiltered = new Map<string, string>();
    const speeds: string[] = [];
    for (const corpus of DEV_CORPORA) {
      const stem = join(work, corpus.name.replace(/\W+/g, '-'));
      speeds.push(`${corpus.name}: ${annotate(corpus, `${stem}.jsonl`)}`);
      atDefault.set(corpus.name, `${stem}.jsonl`);
      annotate(corpus, `${stem}.all.jsonl`, ['--min-confidence', '0', '--quiet']);
      unfiltered.set(corpus.name, `${stem}.all.jsonl`);
    }

    const defaults = Object.entries(DEFAULT_THRESHOLDS)
      .map(([kind, t]) => `${kind} ${t}`)
      .join(', ');
    console.log(`Accuracy at the default minimum confidences (${defaults}):\n`);
    const rows: string[][] = [];
    for (const { corpus, kind, title, metrics } of METRICS) {
      const dev = corpusOf(corpus);
      const scored = score(dev, kind, atDefault.get(corpus)!);
      for (const metric of metrics) rows.push(metricRow(`${title} (${corpus})`, metric, scored[metric.key]));
    }
    printTable(['task', 'metric', 'P', 'R', 'F1', 'target (P)', 'target (F1)', 'baseline', ''], rows);

    console.log('\nPrecision / recall / F1 by --min-confidence (each kind by its headline metric):\n');
    const sweep: string[][] = [];
    for (const dev of DEV_CORPORA) {
      const all = readJsonLines<PredictionRecord>(unfiltered.get(dev.name)!);
      for (const kind of dev.kinds) {
        const cells = [...THRESHOLDS, DEFAULT_THRESHOLDS[kind]].map((t) => {
          const file = join(work, `sweep-${kind}-${t}.jsonl`);
          writeFileSync(file, all.map((record) => JSON.stringify(keepAtLeast(record, t))).join('\n') + '\n');
          const figures = score(dev, kind, file)[HEADLINE_METRIC[kind]] as Figures | undefined;
          return `${fmt(figures?.precision)} ${fmt(figures?.recall)} ${fmt(figures?.f1)}`;
        });
        sweep.push([
          dev.name,
          `${kind} ${HEADLINE_METRIC[kind]}`,
          ...cells.slice(0, -1),
          `${DEFAULT_THRESHOLDS[kind]}: ${cells[cells.length - 1]}`,
        ]);
      }
    }
    printTable(['corpus', 'kind (metric)', ...THRESHOLDS.map((t) => `>= ${t}: P R F1`), 'default: P R F1'], sweep);

    console.log('\nCalibration (expected calibration error over 10 bins; 0 is perfect), all predictions:\n');
    const calibration: string[][] = [];
    for (const dev of DEV_CORPORA) {
      const predictions = readPredictions(unfiltered.get(dev.name)!);
      for (const kind of dev.kinds) {
        const judged = readGold(dev).flatMap((gold) => judge(kind, gold, predictions.get(gold.id) ?? { id: gold.id }));
        const right = judged.filter((j) => j.correct).length;
        const meanConfidence = judged.reduce((s, j) => s + j.confidence, 0) / Math.max(1, judged.length);
        calibration.push([
          dev.name,
          kind,
          String(judged.length),
          fmt(judged.length ? right / judged.length : undefined),
          fmt(meanConfidence),
          fmt(expectedCalibrationError(judged)),
        ]);
      }
    }
    printTable(['corpus', 'kind', 'predictions', 'share right', 'mean confidence', 'ECE'], calibration);

    console.log('\nThroughput (ingest + extraction, measured inside `newskg annotate`):');
    for (const line of speeds) console.log(`  ${line}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

interface Figures {
  precision?: number;
  recall?: number;
  f1?: number;
}

function corpusOf(name: string): DevCorpus {
  const corpus = DEV_CORPORA.find((c) => c.name === name);
  if (!corpus) throw new Error(`no dev corpus named ${name}`);
  return corpus;
}

function score(corpus: DevCorpus, kind: Kind, pred: string): Record<string, unknown> {
  const args = [scorer, '--gold', corpusPath(corpus.gold), '--pred', pred, '--json', '--task', SCORER_TASK[kind]];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Record<string, unknown>;
}

function keepAtLeast(record: PredictionRecord, threshold: number): PredictionRecord {
  const sure = (item: { confidence?: number }) => (item.confidence ?? 1) >= threshold;
  return {
    id: record.id,
    ...(record.entities ? { entities: record.entities.filter(sure) } : {}),
    ...(record.statements ? { statements: record.statements.filter(sure) } : {}),
    ...(record.timexes ? { timexes: record.timexes.filter(sure) } : {}),
    ...(record.events ? { events: record.events.filter(sure) } : {}),
  };
}

function metricRow(task: string, metric: Metric, figures: unknown): string[] {
  if (metric.scalar) {
    const value = typeof figures === 'number' ? figures : undefined;
    const status = metric.target ? (value !== undefined && value >= metric.target ? 'met' : 'below') : '';
    return [task, metric.label, '', '', fmt(value), '', metric.target ? fmt(metric.target) : '', '', status];
  }
  const { precision: p, recall: r, f1 } = (figures ?? {}) as Figures;
  const checks: boolean[] = [];
  if (metric.target) checks.push(f1 !== undefined && f1 >= metric.target);
  if (metric.precisionTarget) checks.push(p !== undefined && p >= metric.precisionTarget);
  const status = checks.length ? (checks.every(Boolean) ? 'met' : 'below') : '';
  return [
    task,
    metric.label,
    fmt(p),
    fmt(r),
    fmt(f1),
    metric.precisionTarget ? fmt(metric.precisionTarget) : '',
    metric.target ? fmt(metric.target) : '',
    metric.baseline ? fmt(metric.baseline) : '',
    status,
  ];
}

function fmt(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(3);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

process.exitCode = main();
