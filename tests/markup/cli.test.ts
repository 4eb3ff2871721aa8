import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLE, cli } from '../helpers/cli.js';
import { scratch } from '../query/helpers.js';

describe('newskg markup', () => {
  it('writes schema.org JSON-LD on standard output and the missing recommendations on standard error', async () => {
    const run = await cli(['markup', SAMPLE]);
    expect(run.status).toBe(0);
    const markup = JSON.parse(run.stdout);
    expect(markup['@context']).toBe('https://schema.org');
    expect(run.stderr).toContain('no image');
    expect(run.stderr).toContain('no datePublished');
  });

  it('wraps the markup in a script element with --html', async () => {
    const run = await cli(['markup', SAMPLE, '--html', '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<script type="application/ld+json">\n')).toBe(true);
    expect(run.stdout.endsWith('</script>\n')).toBe(true);
    expect(run.stderr).toBe('');
  });

  it('takes --date and --url, and writes to a file with -o', async () => {
    const out = join(scratch(), 'markup.jsonld');
    const run = await cli(['markup', SAMPLE, '--date', '2011-07-20', '--url', 'https://example.org/a', '--claims', '0', '-o', out]);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      '@id': 'https://example.org/a',
      datePublished: '2011-07-20',
      url: 'https://example.org/a',
    });
    expect(run.stderr).not.toContain('no datePublished');
  });

  it('rejects a URL that is not absolute http(s)', async () => {
    const run = await cli(['markup', SAMPLE, '--url', 'example.org/a']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('is not an absolute http(s) URL');
  });

  it('exits 2 when the article cannot be read', async () => {
    const run = await cli(['markup', '/nonexistent/article.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('INPUT_NOT_FOUND');
  });

  it('reads a saved HTML page as a page, as export does: its headline, not its markup', async () => {
    const run = await cli(['markup', `${ROOT}tests/fixtures/html/opinion-jsonld-og.html`, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const markup = JSON.parse(run.stdout) as { headline: string; mentions?: { name: string }[] };
    expect(markup.headline).not.toMatch(/[<>]/);
    expect(markup.headline).toBe('Why the river treaty needs a second look');
    expect(run.stdout).not.toContain('<html');
    expect(run.stdout).not.toMatch(/Math\.|function\s*\(/);
  });

  it('takes a JSON Lines file of one record, and refuses one of several with exit 2', async () => {
    const dir = scratch();
    const text = readFileSync(SAMPLE, 'utf8');
    writeFileSync(join(dir, 'one.jsonl'), JSON.stringify({ id: 'one', text }) + '\n');
    const one = await cli(['markup', join(dir, 'one.jsonl'), '--quiet']);
    expect(one.status, one.stderr).toBe(0);
    const plain = await cli(['markup', SAMPLE, '--quiet']);
    // the same article read from a record: the same markup but for its id
    const withoutIds = (json: string): string => json.replace(/"@id": "[^"]*article\/[0-9a-f]+"/g, '"@id": "…"');
    expect(withoutIds(one.stdout)).toBe(withoutIds(plain.stdout));
    writeFileSync(join(dir, 'two.jsonl'), [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text })].join('\n') + '\n');
    const two = await cli(['markup', join(dir, 'two.jsonl')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('holds more than one article');
  });
});
