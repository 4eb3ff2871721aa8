/**
 * Measures actor extraction on the CoNLL-2003 dev file with the reference scorer (evaluation only:
 * nothing from the gold file is kept). Run: `npx tsx scripts/eval-entities.ts [gold.jsonl]`.
 * Each line of a record's text is a paragraph; no metadata. Mentions of kind name, alias, metonym and
 * demonym are scored (Person -> PER, Organization -> ORG, Country and Place -> LOC); a demonym span
 * that equals a gold MISC span is ignored by the scorer.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorType, SourceDocument, Span } from '../src/core/types.js';
import { extractActors } from '../src/extract/actors/index.js';
import { documentSentences } from '../src/extract/text/sentences.js';

// shared/ sits beside the repository (see shared/eval/README.md).
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const args = process.argv.slice(2);
const gold = args.find((a) => !a.startsWith('--')) ?? join(shared, 'corpus/conll2003_testa.jsonl');
const scorer = join(shared, 'eval/score.mjs');
const SCORED = new Set(['name', 'alias', 'metonym', 'demonym']);
const TYPE: Record<ActorType, string> = { Person: 'PER', Organization: 'ORG', Country: 'LOC', Place: 'LOC' };

interface GoldRecord {
  id: string;
  text: string;
}

function toDocument(record: GoldRecord): SourceDocument {
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const line of record.text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: offset, end: offset + line.length, text: line });
    offset += line.length + 1;
  }
  return {
    source: { name: record.id, format: 'jsonl' },
    text: record.text,
    contentHash: createHash('sha256').update(record.text).digest('hex'),
    metadata: { authors: [], language: 'en' },
    paragraphs,
    sections: [],
    boilerplate: [],
  };
}

const records = readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldRecord);
const docs = records.map(toDocument);
extractActors(docs[0]!, documentSentences(docs[0]!)); // load the lexicons before timing

const began = process.hrtime.bigint();
const lines: string[] = [];
let chars = 0;
for (const doc of docs) {
  const { actors, mentions } = extractActors(doc, documentSentences(doc));
  const type = new Map(actors.map((a) => [a.key, a.type]));
  const entities = mentions
    .filter((m) => SCORED.has(m.kind))
    .map((m) => ({ start: m.span.start, end: m.span.end, type: TYPE[type.get(m.actor)!] }));
  lines.push(JSON.stringify({ id: doc.source.name, entities }));
  chars += doc.text.length;
}
const seconds = Number(process.hrtime.bigint() - began) / 1e9;

const dir = mkdtempSync(join(tmpdir(), 'newskg-eval-'));
const pred = join(dir, 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
process.stdout.write(execFileSync('node', [scorer, '--gold', gold, '--pred', pred], { encoding: 'utf8' }));
console.log(
  `throughput: ${(chars / 1024 / seconds).toFixed(0)} KB/s (${(chars / 1024).toFixed(0)} KB in ${seconds.toFixed(2)} s, sentence splitting included)`,
);
console.log(`predictions: ${pred}`);
