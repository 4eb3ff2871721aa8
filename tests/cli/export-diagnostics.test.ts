import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { cli } from '../helpers/cli.js';
import type { CliRun } from '../helpers/cli.js';
import { PARAGRAPHS, simplePage } from '../ingest/html/helpers.js';

const DIAGNOSTIC = 'https://w3id.org/newskg/ontology#diagnostic';

const BODY = [
  'The harbour authority said on Tuesday that the northern pier would close for repairs until the spring, after divers found cracks in two of its pillars.',
  'Ferry operators were told to move their evening crossings to the southern terminal, which the authority said could take the extra traffic.',
].join('\n\n');

const ARTICLES: Record<string, string> = {
  // 1234-5679 is the valid ISSN with these digits: the last one printed here is wrong.
  'bad-issn.txt': `ISSN 1234-5678\n\nNorthern pier to close for repairs\n\n${BODY}\n`,
  'not-english.txt':
    'Der Hafen schließt den Nordsteg\n\n' +
    'Die Hafenbehörde hat am Dienstag mitgeteilt, dass der nördliche Steg bis zum Frühjahr für Reparaturen geschlossen wird. ' +
    'Taucher hatten zuvor Risse in zwei der Pfeiler gefunden, und die Fähren sollen nun am südlichen Terminal anlegen.\n',
  'author-conflict.html': simplePage(PARAGRAPHS, '<meta name="author" content="Carla Duarte">').replace(
    '<h1>Test page</h1>',
    '<h1>Test page</h1><p class="byline">By Rosa Mendes</p>',
  ),
};

const EXPECTED: Record<string, string> = {
  'bad-issn.txt': 'ISSN_CHECK_DIGIT',
  'not-english.txt': 'LANGUAGE_NOT_ENGLISH',
  'author-conflict.html': 'HTML_AUTHOR_CONFLICT',
};

function corpus(): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'newskg-diagnostics-'));
  const dir = join(root, 'in');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  return { dir, out: join(root, 'out') };
}

function codesOnRun(ttl: string): string[] {
  return new Parser()
    .parse(ttl)
    .filter((q) => q.predicate.value === DIAGNOSTIC)
    .map((q) => q.object.value);
}

describe('newskg export: warnings of ingest reach the user', () => {
  const { dir, out } = corpus();
  const errors = join(out, 'errors.jsonl');
  let run: CliRun;
  beforeAll(async () => {
    run = await cli(['export', dir, '-o', out, '--errors', errors, '-j', '1']);
  });

  it('prints each warning once on stderr, with its code, and exports the article', async () => {
    expect(run.status, run.stderr).toBe(0);
    for (const [name, code] of Object.entries(EXPECTED)) {
      const lines = run.stderr.split('\n').filter((line) => line.startsWith(`warning: ${join(dir, name)}: ${code}: `));
      expect(lines, run.stderr).toHaveLength(1);
    }
  });

  it('writes each warning to --errors with severity warning and its code', async () => {
    const records = readFileSync(errors, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => [String(r['file']).replace(/^.*\//, ''), r['severity'], r['stage'], r['code']])).toEqual([
      ['author-conflict.html', 'warning', 'ingest', 'HTML_AUTHOR_CONFLICT'],
      ['bad-issn.txt', 'warning', 'ingest', 'ISSN_CHECK_DIGIT'],
      ['not-english.txt', 'warning', 'ingest', 'LANGUAGE_NOT_ENGLISH'],
    ]);
    expect(String(records[1]!['message'])).toContain('1234-5678');
  });

  it('names the warning on the run in the article graph, and the graph still conforms', async () => {
    for (const [name, code] of Object.entries(EXPECTED)) {
      const stem = name.replace(/\.(txt|html)$/, '');
      expect(codesOnRun(readFileSync(join(out, `${stem}.ttl`), 'utf8')), name).toEqual([code]);
    }
    expect(run.stderr).toContain('3 article(s) exported');
  });

  it('keeps the warnings off stderr with -q but still writes them to --errors', async () => {
    const quiet = corpus();
    const report = join(quiet.out, 'errors.jsonl');
    const result = await cli(['export', quiet.dir, '-o', quiet.out, '--errors', report, '-j', '1', '-q']);
    expect(result.stderr).not.toContain('warning:');
    expect(readFileSync(report, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
