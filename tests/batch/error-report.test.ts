import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorReport } from '../../src/batch/index.js';

describe('ErrorReport', () => {
  it('writes one JSON object per line, with the line number only for records that have one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newskg-errors-')), 'errors.jsonl');
    const report = await ErrorReport.open(path);
    await report.add({ id: 'a.txt', file: 'a.txt', stage: 'read', code: 'INPUT_EMPTY', message: 'a.txt is empty' });
    await report.add({ id: 'r7', file: 'corpus.jsonl', line: 7, stage: 'ingest', code: 'INPUT_NO_ARTICLE', message: 'no article text found' });
    await report.commit();
    expect(readFileSync(path, 'utf8').split('\n')).toEqual([
      '{"id":"a.txt","file":"a.txt","stage":"read","code":"INPUT_EMPTY","message":"a.txt is empty"}',
      '{"id":"r7","file":"corpus.jsonl","line":7,"stage":"ingest","code":"INPUT_NO_ARTICLE","message":"no article text found"}',
      '',
    ]);
  });
});
