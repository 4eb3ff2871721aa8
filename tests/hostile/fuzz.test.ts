import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewskgError } from '../../src/core/errors.js';
import { DEFAULT_DATA_BASE } from '../../src/core/vocab.js';
import { parseRdf } from '../../src/graph/index.js';
import type { RdfInputFormat } from '../../src/sources/rdf-files.js';
import { runArticle } from '../../src/pipeline.js';
import type { ArticleInput } from '../../src/pipeline.js';
import { readSourcesFrom } from '../../src/sources/index.js';
import { cli } from '../helpers/cli.js';
import { scratch } from './helpers.js';

/**
 * Property-based fuzzing of ingest -> extract -> graph -> serialize on random and adversarial
 * texts, pages and JSON Lines records: an article either fails with a typed error naming it, or
 * its graph conforms and every serialization parses back to the same number of quads; and a
 * corpus of them is byte-identical for --jobs 1 and 2. A fixed seed keeps CI deterministic.
 */
const SEED = 20261207;
const RUNS = 20;

const WORDS = [
  'The',
  'minister',
  'said',
  'warned',
  'that',
  'Russia',
  'NATO',
  'on',
  'Monday',
  'July 4, 2011',
  'in',
  'Paris',
  '"',
  '“',
  '”',
  "'",
  '—',
  ',',
  '.',
  '?',
  'according to',
  'Dr.',
  'U.S.',
  'talks',
  'meeting',
  'next week',
  'John Smith',
  'By',
  'OpEd',
  'ISSN 2330-717X',
  'https://example.org/a>b',
  'www.x.org',
  '<',
  '>',
  '{',
  '}',
  '\\',
  '\u0000',
  '\u001b[31m',
  '\u202e',
  '\ud83d\ude00',
  '\ud800',
  'é',
  '\t',
  '\r\n',
  '\n\n',
];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const text = fc.array(word, { minLength: 1, maxLength: 80 }).map((words) => words.join(' '));
const tag = fc.constantFrom(
  'p',
  'div',
  'span',
  'b',
  'article',
  'h1',
  'li',
  'ul',
  'table',
  'td',
  'script',
  'a href="x"',
  'meta property="og:url" content="ht tp://x"',
);
const html = fc
  .array(fc.tuple(tag, text, fc.boolean()), { minLength: 1, maxLength: 12 })
  .map(
    (parts) =>
      `<html><head><title>T</title></head><body>${parts.map(([t, body, close]) => `<${t}>${body}${close ? `</${t.split(' ')[0]}>` : ''}`).join('')}</body></html>`,
  );
const record = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    text,
    url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })),
    title: fc.string({ maxLength: 20 }),
    published: fc.constantFrom('2011-07-04', '2011-13-40', 'yesterday'),
  },
  { requiredKeys: ['text'] },
);

const FORMATS = ['turtle', 'jsonld', 'nquads', 'trig'] as const;

/** Articles that made a graph (not a typed refusal): the properties must not hold only vacuously. */
let exported = 0;

async function checkArticle(input: ArticleInput): Promise<void> {
  let result;
  try {
    result = await runArticle(input, { base: DEFAULT_DATA_BASE, formats: FORMATS });
  } catch (error) {
    // a bad input is a typed error naming it, never a crash
    expect(isNewskgError(error) && error.code !== 'INTERNAL', String(error)).toBe(true);
    return;
  }
  exported++;
  expect(result.validation.results.filter((r) => r.severity === 'Violation')).toEqual([]);
  for (const format of FORMATS) {
    const quads = await parseRdf(result.serialized[format]!, format as RdfInputFormat, `fuzz.${format}`);
    expect(quads.length, format).toBe(
      format === 'turtle'
        ? new Set(result.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).size
        : result.quads.length,
    );
  }
}

async function recordInputs(line: string): Promise<ArticleInput[]> {
  const inputs: ArticleInput[] = [];
  for await (const item of readSourcesFrom(
    ['-'],
    { inputFormat: 'jsonl' },
    {
      stdin: async function* () {
        yield Buffer.from(line);
      },
    },
  ))
    if (item.ok) inputs.push(item.input);
  return inputs;
}

describe('fuzzing the pipeline', () => {
  it('plain texts', async () => {
    exported = 0;
    await fc.assert(
      fc.asyncProperty(text, (raw) => checkArticle({ raw, source: { name: 'fuzz.txt', format: 'text' } })),
      { seed: SEED, numRuns: RUNS },
    );
    expect(exported).toBeGreaterThan(RUNS / 2);
  });

  it('HTML pages', async () => {
    exported = 0;
    await fc.assert(
      fc.asyncProperty(html, (raw) => checkArticle({ raw, source: { name: 'fuzz.html', format: 'html' } })),
      { seed: SEED, numRuns: RUNS },
    );
    console.info(`fuzz: ${exported} of ${RUNS} generated pages had an article`);
  });

  it('JSON Lines records', async () => {
    exported = 0;
    await fc.assert(
      fc.asyncProperty(record, async (fields) => {
        for (const input of await recordInputs(JSON.stringify(fields) + '\n')) await checkArticle(input);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.info(`fuzz: ${exported} JSON Lines records made a graph`);
  });

  it('a corpus of such articles is byte-identical for --jobs 1 and --jobs 2', async () => {
    const dir = scratch();
    const texts = fc.sample(text, { seed: SEED, numRuns: 30 });
    const pages = fc.sample(html, { seed: SEED, numRuns: 10 });
    const lines = [...texts.map((t, i) => ({ id: `t${i}`, text: t })), ...pages.map((h, i) => ({ id: `h${i}`, html: h }))].map((r) =>
      JSON.stringify(r),
    );
    writeFileSync(join(dir, 'fuzz.jsonl'), lines.join('\n') + '\n');
    const streams: Buffer[] = [];
    for (const jobs of [1, 2]) {
      const nq = join(dir, `j${jobs}.nq`);
      const run = await cli(['export', join(dir, 'fuzz.jsonl'), '--nquads', nq, '--jobs', String(jobs), '-q']);
      expect(run.stderr).not.toContain('INTERNAL');
      streams.push(readFileSync(nq));
    }
    expect(streams[0]!.length).toBeGreaterThan(0);
    expect(streams[0]!.equals(streams[1]!)).toBe(true);
  });
});
