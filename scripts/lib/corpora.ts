/**
 * The development gold files in ../shared/corpus and how to annotate them with the built CLI.
 * Evaluation and calibration only: nothing from ../shared is copied into the project.
 * NEWSKG_SHARED overrides where ../shared is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldRecord, Kind, PredictionRecord } from './gold-match.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const shared = resolve(process.env['NEWSKG_SHARED'] ?? join(root, '..', 'shared'));
export const scorer = join(shared, 'eval', 'score.mjs');
export const bin = join(root, 'dist', 'cli', 'main.js');

export interface DevCorpus {
  name: string;
  /** Gold file, relative to the corpus folder. */
  gold: string;
  /** What `newskg annotate` reads when it is not the gold file itself. */
  input?: string;
  /** The kinds of fact its gold annotates. */
  kinds: readonly Kind[];
}

export const DEV_CORPORA: readonly DevCorpus[] = [
  { name: 'CoNLL-2003 dev', gold: 'conll2003_testa.jsonl', kinds: ['entity'] },
  { name: 'PolNeAR dev', gold: 'polnear_dev.jsonl', kinds: ['statement'] },
  { name: 'TempEval-3 dev', gold: 'tempeval3_tbaq_dev.jsonl', kinds: ['timex'] },
  {
    name: 'realnews dev',
    gold: 'realnews/realnews_dev.jsonl',
    input: 'realnews/realnews_input.jsonl',
    kinds: ['entity', 'statement', 'timex', 'event'],
  },
];

/** The scorer's --task for each kind of fact. */
export const SCORER_TASK: Readonly<Record<Kind, string>> = {
  entity: 'entities',
  statement: 'statements',
  timex: 'timexes',
  event: 'events',
};

export function corpusPath(relative: string): string {
  return join(shared, 'corpus', relative);
}

/** Annotates a corpus's input with the built CLI into `out`; returns annotate's summary line. */
export function annotate(corpus: DevCorpus, out: string, extraArgs: readonly string[] = []): string {
  const input = corpusPath(corpus.input ?? corpus.gold);
  const run = spawnSync(process.execPath, [bin, 'annotate', input, '-o', out, ...extraArgs], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`annotate failed on ${basename(input)}:\n${run.stderr}`);
  return run.stderr.trim().split('\n').pop() ?? '';
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function readGold(corpus: DevCorpus): GoldRecord[] {
  return readJsonLines<GoldRecord>(corpusPath(corpus.gold));
}

export function readPredictions(path: string): Map<string, PredictionRecord> {
  return new Map(readJsonLines<PredictionRecord>(path).map((record) => [record.id, record]));
}

export function requireShared(): boolean {
  if (existsSync(scorer)) return true;
  console.error(
    `this script needs the gold data and scorer in ${shared} (../shared beside the repository, or set NEWSKG_SHARED); not found, nothing measured.`,
  );
  return false;
}
