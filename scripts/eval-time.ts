/**
 * Measures time-expression extraction on a TempEval-3 JSONL gold file with the reference scorer.
 *
 *   npx tsx scripts/eval-time.ts [--gold ../shared/corpus/tempeval3_tbaq_dev.jsonl]
 *     [--scorer ../shared/eval/score.mjs] [--pred /tmp/newskg-time-pred.jsonl] [--errors FILE]
 *
 * Each record's text is split into one paragraph per non-empty line, then into sentences; its
 * `dct` is the reference date. Prints the scorer's figures and the extraction speed.
 * `--errors FILE` writes the misses and wrong values for reading (never commit it: the texts are
 * evaluation-only).
 */

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Span } from '../src/core/types.js';
import { splitSentences } from '../src/extract/text/sentences.js';
import { extractTimexes } from '../src/extract/time/index.js';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface GoldRecord {
  id: string;
  text: string;
  dct: string;
  timexes: GoldTimex[];
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function lineParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const goldPath = option('--gold', '../shared/corpus/tempeval3_tbaq_dev.jsonl');
const scorer = option('--scorer', '../shared/eval/score.mjs');
const predPath = option('--pred', '/tmp/newskg-time-pred.jsonl');
const errorsPath = process.argv.includes('--errors') ? option('--errors', '/tmp/newskg-time-errors.txt') : undefined;

const records: GoldRecord[] = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldRecord);

const prepared = records.map((r) => ({ r, sentences: splitSentences(r.text, lineParagraphs(r.text)) }));
let chars = 0;
const started = process.hrtime.bigint();
const predictions = prepared.map(({ r, sentences }) => {
  chars += r.text.length;
  return { r, timexes: extractTimexes(r.text, sentences, r.dct.slice(0, 10)) };
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

writeFileSync(
  predPath,
  predictions
    .map(({ r, timexes }) =>
      JSON.stringify({ id: r.id, timexes: timexes.map((t) => ({ start: t.span.start, end: t.span.end, value: t.value ?? '' })) }),
    )
    .join('\n') + '\n',
);

console.log(execFileSync('node', [scorer, '--gold', goldPath, '--pred', predPath], { encoding: 'utf8' }).trimEnd());
console.log(
  `  speed              ${(chars / 1024 / seconds).toFixed(0)} KB/s (${chars} chars in ${seconds.toFixed(3)} s, first pass, one core)`,
);

if (errorsPath) {
  const lines: string[] = [];
  for (const { r, timexes } of predictions) {
    const context = (s: number, e: number): string =>
      `${r.text.slice(Math.max(0, s - 50), s)}[[${r.text.slice(s, e)}]]${r.text.slice(e, e + 30)}`.replace(/\s+/g, ' ');
    for (const g of r.timexes) {
      const p = timexes.find((t) => t.span.start < g.end && t.span.end > g.start);
      if (!p) lines.push(`MISS ${r.dct.slice(0, 10)} ${g.type} ${g.value} | ${context(g.start, g.end)}`);
      else if (p.value !== g.value)
        lines.push(
          `VALUE ${r.dct.slice(0, 10)} gold=${g.type}:${g.value} pred=${p.type}:${p.value} "${p.span.text}" | ${context(g.start, g.end)}`,
        );
    }
    for (const p of timexes) {
      if (!r.timexes.some((g) => p.span.start < g.end && p.span.end > g.start)) {
        lines.push(`FALSE ${r.dct.slice(0, 10)} ${p.type} ${p.value} | ${context(p.span.start, p.span.end)}`);
      }
    }
  }
  writeFileSync(errorsPath, lines.sort().join('\n') + '\n');
  console.log(`  errors written to ${errorsPath}`);
}
