import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { ROOT, cli } from '../helpers/cli.js';

const PAGE = `${ROOT}tests/fixtures/html/opinion-jsonld-og.html`;
const SCHEMA = 'https://schema.org/';
const OA = 'http://www.w3.org/ns/oa#';

describe('newskg export of a saved HTML page', () => {
  it('keeps the extracted text as schema:articleBody, and every span points into it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newskg-html-'));
    const run = await cli(['export', PAGE, '-o', out, '--quiet']);
    expect(run.status).toBe(0);
    const quads = new Parser().parse(readFileSync(join(out, 'opinion-jsonld-og.ttl'), 'utf8'));
    const body = quads.find((q) => q.predicate.value === `${SCHEMA}articleBody`)?.object.value;
    expect(body).toBeTruthy();
    const spans = new Map<string, { start?: number; end?: number; exact?: string }>();
    for (const q of quads) {
      const key = q.predicate.value.replace(OA, '');
      if (!['start', 'end', 'exact'].includes(key) || !q.predicate.value.startsWith(OA)) continue;
      const span = spans.get(q.subject.value) ?? {};
      if (key === 'exact') span.exact = q.object.value;
      else span[key as 'start' | 'end'] = Number(q.object.value);
      spans.set(q.subject.value, span);
    }
    expect(spans.size).toBeGreaterThan(5);
    for (const [iri, span] of spans) expect(body!.slice(span.start, span.end), iri).toBe(span.exact);
  });

  it('gives a plain-text article no articleBody: the file itself is the text', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newskg-html-'));
    await cli(['export', `${ROOT}samples/nato-russia-missile-row.txt`, '-o', out, '--quiet']);
    expect(readFileSync(join(out, 'nato-russia-missile-row.ttl'), 'utf8')).not.toContain('schema:articleBody');
  });
});
