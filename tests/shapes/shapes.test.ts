import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { readFileSync } from 'node:fs';
import { DEFAULT_SHAPES_PATH, validateGraph } from '../../src/validate/index.js';
import { baseQuads, loadFixtures, resultKey } from './fixtures.js';

const fixtures = loadFixtures();
const SH = 'http://www.w3.org/ns/shacl#';

describe('the base fixture graph', () => {
  it('conforms with no results at all, so each fixture shows only its own', () => {
    const outcome = validateGraph(baseQuads);
    expect(outcome.results).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });
});

describe.each([...new Set(fixtures.map((f) => f.shape))])('%s', (shape) => {
  for (const fixture of fixtures.filter((f) => f.shape === shape)) {
    it(`${fixture.name}: ${fixture.about}`, () => {
      const outcome = validateGraph(fixture.quads);
      const actual = outcome.results.map((r) => resultKey(r.severity, r.focusNode, r.path, r.sourceConstraint)).sort();
      expect(actual).toEqual(fixture.expected);
      expect(outcome.conforms).toBe(!fixture.expected.some((key) => key.startsWith('Violation')));
    });
  }
});

describe('the fixture set', () => {
  const shapeQuads = new Parser().parse(readFileSync(DEFAULT_SHAPES_PATH, 'utf8'));
  const targeted = [
    ...new Set(shapeQuads.filter((q) => q.predicate.value.startsWith(SH + 'target')).map((q) => q.subject.value.replace(/^.*#/, ''))),
  ].sort();

  it.each(targeted)('has a valid fixture and at least two invalid ones for %s', (shape) => {
    const own = fixtures.filter((f) => f.shape === shape);
    expect(own.filter((f) => f.valid).length).toBeGreaterThanOrEqual(1);
    expect(own.filter((f) => !f.valid).length).toBeGreaterThanOrEqual(2);
  });

  it('names only shapes that exist', () => {
    expect([...new Set(fixtures.map((f) => f.shape))].filter((s) => !targeted.includes(s))).toEqual([]);
  });

  it('states expected results in every invalid fixture and none in valid ones', () => {
    const wrong = fixtures.filter((f) => (f.valid ? f.expected.length > 0 : f.expected.length === 0)).map((f) => `${f.shape}/${f.name}`);
    expect(wrong).toEqual([]);
  });
});
