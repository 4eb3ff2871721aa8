/**
 * `npm run eval`: annotates the dev gold files in ../shared/corpus with the built CLI, scores them
 * with ../shared/eval/score.mjs (the reference scorer) and prints one table. Evaluation only:
 * nothing from ../shared is copied into the project. NEWSKG_SHARED overrides where ../shared is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env['NEWSKG_SHARED'] ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');

interface Task {
  name: string;
  gold: string;
  metrics: { label: string; key: string; target: number; baseline: number }[];
}

const TASKS: Task[] = [
  {
    name: 'entities (CoNLL-2003 dev)',
    gold: 'conll2003_testa.jsonl',
    metrics: [{ label: 'exact F1 PER/ORG/LOC', key: 'exact', target: 0.8, baseline: 0.339 }],
  },
  {
    name: 'statements (PolNeAR dev)',
    gold: 'polnear_dev.jsonl',
    metrics: [
      { label: 'content F1', key: 'content', target: 0.7, baseline: 0.295 },
      { label: 'contentAndSpeaker F1', key: 'contentAndSpeaker', target: 0.6, baseline: 0.181 },
      { label: 'contentAndCue F1', key: 'contentAndCue', target: 0, baseline: 0 },
    ],
  },
  {
    name: 'time expressions (TempEval-3 dev)',
    gold: 'tempeval3_tbaq_dev.jsonl',
    metrics: [
      { label: 'value F1', key: 'value', target: 0.75, baseline: 0.422 },
      { label: 'strict F1', key: 'strict', target: 0, baseline: 0 },
      { label: 'relaxed F1', key: 'relaxed', target: 0, baseline: 0 },
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
    for (const task of TASKS) {
      const gold = join(shared, 'corpus', task.gold);
      const pred = join(work, task.gold.replace('.jsonl', '.pred.jsonl'));
      const annotate = spawnSync(process.execPath, [bin, 'annotate', gold, '-o', pred], { encoding: 'utf8' });
      if (annotate.status !== 0) throw new Error(`annotate failed on ${task.gold}:\n${annotate.stderr}`);
      speeds.push(`${task.gold}: ${annotate.stderr.trim().split('\n').pop()}`);
      const scored = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' })) as Record<string, unknown>;
      for (const metric of task.metrics) {
        const figures = scored[metric.key] as { precision?: number; recall?: number; f1?: number } | undefined;
        const [p, r, f1] = [figures?.precision, figures?.recall, figures?.f1];
        const status = metric.target ? (f1 !== undefined && f1 >= metric.target ? 'met' : 'below') : '';
        rows.push([task.name, metric.label, fmt(p), fmt(r), fmt(f1), metric.target ? fmt(metric.target) : '', metric.baseline ? fmt(metric.baseline) : '', status]);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  printTable(['task', 'metric', 'P', 'R', 'F1', 'target', 'baseline', ''], rows);
  console.log('\nThroughput (ingest + extraction, measured inside `newskg annotate`):');
  for (const line of speeds) console.log(`  ${line}`);
  return 0;
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
