import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorReport } from '../../src/batch/index.js';

describe('ErrorReport', () => {
  it('writes one JSON object per line, failures as errors and warnings as warnings, with the line number only for records that have one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newskg-errors-')), 'errors.jsonl');
    const report = await ErrorReport.open(path);
    await report.add({ id: 'a.txt', file: 'a.txt', stage: 'read', code: 'INPUT_EMPTY', message: 'a.txt is empty' });
    await report.add({
      id: 'r7',
      file: 'corpus.jsonl',
      line: 7,
      stage: 'ingest',
      code: 'INPUT_NO_ARTICLE',
      message: 'no article text found',
    });
    await report.addWarning({
      id: 'r8',
      file: 'corpus.jsonl',
      line: 8,
      code: 'ISSN_CHECK_DIGIT',
      message: 'ISSN 1234-5678 on line 1 has a wrong check digit; it is not used',
    });
    await report.commit();
    expect(readFileSync(path, 'utf8').split('\n')).toEqual([
      '{"id":"a.txt","file":"a.txt","severity":"error","stage":"read","code":"INPUT_EMPTY","message":"a.txt is empty"}',
      '{"id":"r7","file":"corpus.jsonl","line":7,"severity":"error","stage":"ingest","code":"INPUT_NO_ARTICLE","message":"no article text found"}',
      '{"id":"r8","file":"corpus.jsonl","line":8,"severity":"warning","stage":"ingest","code":"ISSN_CHECK_DIGIT","message":"ISSN 1234-5678 on line 1 has a wrong check digit; it is not used"}',
      '',
    ]);
  });
});
