/**
 * `npm run eval`: annotates the dev gold files in ../shared/corpus with the built CLI, scores them
 * with ../shared/eval/score.mjs (the reference scorer) and prints one table. Evaluation only:
 * nothing from ../shared is copied into the project. NEWSKG_SHARED overrides where ../shared is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env['NEWSKG_SHARED'] ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');

interface Metric {
  label: string;
  key: string;
  /** Target on F1 (0: none). */
  target: number;
  /** Target on precision (0: none): precision is a first-class figure, not a footnote to F1. */
  precisionTarget?: number;
  baseline: number;
  /** A single figure (an accuracy) rather than P/R/F1. */
  scalar?: boolean;
}

interface Task {
  name: string;
  /** Gold file, relative to the corpus folder. */
  gold: string;
  /** What `newskg annotate` reads when it is not the gold file itself. */
  input?: string;
  /** The scorer's --task for a gold file that holds several. */
  scorerTask?: string;
  metrics: Metric[];
}

const REALNEWS_GOLD = 'realnews/realnews_dev.jsonl';
const REALNEWS_INPUT = 'realnews/realnews_input.jsonl';

const TASKS: Task[] = [
  {
    name: 'entities (CoNLL-2003 dev)',
    gold: 'conll2003_testa.jsonl',
    metrics: [{ label: 'exact F1 PER/ORG/LOC', key: 'exact', target: 0.89, baseline: 0.339 }],
  },
  {
    name: 'statements (PolNeAR dev)',
    gold: 'polnear_dev.jsonl',
    metrics: [
      { label: 'content F1', key: 'content', target: 0.78, baseline: 0.295 },
      { label: 'contentAndSpeaker F1', key: 'contentAndSpeaker', target: 0.72, baseline: 0.181 },
      { label: 'contentAndCue F1', key: 'contentAndCue', target: 0, baseline: 0 },
    ],
  },
  {
    name: 'time expressions (TempEval-3 dev)',
    gold: 'tempeval3_tbaq_dev.jsonl',
    metrics: [
      { label: 'value F1', key: 'value', target: 0.82, baseline: 0.422 },
      { label: 'strict F1', key: 'strict', target: 0, baseline: 0 },
      { label: 'relaxed F1', key: 'relaxed', target: 0, baseline: 0 },
    ],
  },
  {
    name: 'entities (realnews dev)',
    gold: REALNEWS_GOLD,
    input: REALNEWS_INPUT,
    scorerTask: 'entities',
    metrics: [{ label: 'exact F1 PER/ORG/LOC', key: 'exact', target: 0.85, baseline: 0 }],
  },
  {
    name: 'statements (realnews dev)',
    gold: REALNEWS_GOLD,
    input: REALNEWS_INPUT,
    scorerTask: 'statements',
    metrics: [
      { label: 'content F1', key: 'content', target: 0, baseline: 0 },
      { label: 'contentAndSpeaker F1', key: 'contentAndSpeaker', target: 0.7, precisionTarget: 0.85, baseline: 0 },
      { label: 'contentAndCue F1', key: 'contentAndCue', target: 0, baseline: 0 },
    ],
  },
  {
    name: 'time expressions (realnews dev)',
    gold: REALNEWS_GOLD,
    input: REALNEWS_INPUT,
    scorerTask: 'timexes',
    metrics: [
      { label: 'value F1', key: 'value', target: 0.8, baseline: 0 },
      { label: 'strict F1', key: 'strict', target: 0, baseline: 0 },
    ],
  },
  {
    name: 'events (realnews dev)',
    gold: REALNEWS_GOLD,
    input: REALNEWS_INPUT,
    scorerTask: 'events',
    metrics: [
      { label: 'event F1', key: 'event', target: 0.6, precisionTarget: 0.75, baseline: 0 },
      { label: 'eventAndType F1', key: 'eventAndType', target: 0, baseline: 0 },
      { label: 'date F1', key: 'date', target: 0.6, baseline: 0 },
      { label: 'factuality accuracy', key: 'factualityAccuracy', target: 0.85, baseline: 0, scalar: true },
    ],
  },
];

function main(): number {
  if (!existsSync(scorer)) {
    console.error(`npm run eval needs the gold data and scorer in ${shared} (../shared beside the repository, or set NEWSKG_SHARED); not found, nothing measured.`);
    return 2;
  }
  const bin = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(bin)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'newskg-eval-'));
  const rows: string[][] = [];
  const speeds: string[] = [];
  try {
    const annotated = new Map<string, string>();
    for (const task of TASKS) {
      const gold = join(shared, 'corpus', task.gold);
      const input = task.input ?? task.gold;
      let pred = annotated.get(input);
      if (!pred) {
        pred = join(work, basename(input).replace('.jsonl', '.pred.jsonl'));
        const annotate = spawnSync(process.execPath, [bin, 'annotate', join(shared, 'corpus', input), '-o', pred], { encoding: 'utf8' });
        if (annotate.status !== 0) throw new Error(`annotate failed on ${input}:\n${annotate.stderr}`);
        speeds.push(`${basename(input)}: ${annotate.stderr.trim().split('\n').pop()}`);
        annotated.set(input, pred);
      }
      const scorerArgs = [scorer, '--gold', gold, '--pred', pred, '--json', ...(task.scorerTask ? ['--task', task.scorerTask] : [])];
      const scored = JSON.parse(execFileSync(process.execPath, scorerArgs, { encoding: 'utf8' })) as Record<string, unknown>;
      for (const metric of task.metrics) rows.push(metricRow(task, metric, scored[metric.key]));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  printTable(['task', 'metric', 'P', 'R', 'F1', 'target (P)', 'target (F1)', 'baseline', ''], rows);
  console.log('\nThroughput (ingest + extraction, measured inside `newskg annotate`):');
  for (const line of speeds) console.log(`  ${line}`);
  return 0;
}

function metricRow(task: Task, metric: Metric, figures: unknown): string[] {
  if (metric.scalar) {
    const value = typeof figures === 'number' ? figures : undefined;
    const status = metric.target ? (value !== undefined && value >= metric.target ? 'met' : 'below') : '';
    return [task.name, metric.label, '', '', fmt(value), '', metric.target ? fmt(metric.target) : '', '', status];
  }
  const { precision: p, recall: r, f1 } = (figures ?? {}) as { precision?: number; recall?: number; f1?: number };
  const checks: boolean[] = [];
  if (metric.target) checks.push(f1 !== undefined && f1 >= metric.target);
  if (metric.precisionTarget) checks.push(p !== undefined && p >= metric.precisionTarget);
  const status = checks.length ? (checks.every(Boolean) ? 'met' : 'below') : '';
  return [
    task.name,
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
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

process.exitCode = main();
