import { describe, expect, it } from 'vitest';
import { articleOutput } from '../../src/batch/index.js';
import type { ArticleDone, ArticleSettings } from '../../src/batch/index.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const SETTINGS: ArticleSettings = { base: 'https://example.org/', formats: ['turtle', 'nquads'], report: true, keepInvalid: false };

function done(violations: number): ArticleDone {
  return {
    ok: true,
    triples: 3,
    violations,
    warnings: 0,
    reportTurtle: '# report\n',
    serialized: { turtle: bytes('ttl'), nquads: bytes('nq') },
    timings: {},
    summary: { article: 'https://example.org/a', actors: [], events: [] },
  };
}

describe('articleOutput', () => {
  it('writes one file per format and the report under the stem', () => {
    const output = articleOutput(done(0), SETTINGS, 'out/a');
    expect(output.files.map((f) => f.path)).toEqual(['out/a.ttl', 'out/a.nq', 'out/a.validation.ttl']);
    expect(output.graph).toBe(true);
    expect(output.violation).toBeUndefined();
  });

  it('keeps a graph with violations out, but writes its report and says why', () => {
    const output = articleOutput(done(2), SETTINGS, 'out/a');
    expect(output.files.map((f) => f.path)).toEqual(['out/a.validation.ttl']);
    expect(output.graph).toBe(false);
    expect(output.violation).toBe('2 violation(s), graph not written');
    expect(articleOutput(done(2), { ...SETTINGS, keepInvalid: true }, 'out/a')).toMatchObject({ graph: true, violation: '2 violation(s)' });
  });

  it('writes no file without a stem (a corpus stream only)', () => {
    expect(articleOutput(done(0), SETTINGS, undefined).files).toEqual([]);
  });
});
