/**
 * The compiled evaluator (src/validate/fast.ts) must give exactly what rdf-validate-shacl gives:
 * the same results (severity, focus node, path, value, message, source shape, component) on every
 * shape fixture, on a real article graph, and on that graph with triples knocked out.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { loadShapes, validateGraph } from '../../src/validate/index.js';
import { loadFixtures } from '../shapes/fixtures.js';
import { turtle, FLAWED } from './helpers.js';
import { SAMPLE } from '../helpers/cli.js';
import { runArticle } from '../../src/pipeline.js';

function bothEngines(quads: Quad[]): void {
  const fast = validateGraph(quads);
  const general = validateGraph(quads, { engine: 'rdf-validate-shacl' });
  expect(fast.results).toEqual(general.results);
  expect(fast.conforms).toBe(general.conforms);
  expect(fast.reportQuads.length).toBe(general.reportQuads.length);
}

describe('the compiled evaluator', () => {
  it('covers the bundled shapes', () => {
    expect(loadShapes().fast).toBeDefined();
  });

  for (const fixture of loadFixtures()) {
    it(`agrees with rdf-validate-shacl on ${fixture.shape}/${fixture.name}`, () => bothEngines(fixture.quads));
  }

  it('agrees on a flawed hand-written graph', () => bothEngines(turtle(FLAWED)));

  it('agrees on the sample article, whole and with triples knocked out', async () => {
    const { quads } = await runArticle(
      { raw: readFileSync(SAMPLE, 'utf8'), source: { name: 'sample', format: 'text' } },
      { base: 'https://example.org/', formats: [] },
    );
    bothEngines(quads);
    for (const stride of [3, 7, 11]) bothEngines(quads.filter((_, i) => i % stride !== 0));
  });

  it('agrees when values have the wrong kind, datatype or class', async () => {
    const { quads } = await runArticle(
      { raw: readFileSync(SAMPLE, 'utf8'), source: { name: 'sample', format: 'text' } },
      { base: 'https://example.org/', formats: [] },
    );
    const { literal, namedNode, blankNode, quad } = DataFactory;
    const swapped = quads.map((q, i) => {
      if (i % 13 === 1) return quad(q.subject, q.predicate, literal('7', namedNode('http://www.w3.org/2001/XMLSchema#integer')), q.graph);
      if (i % 13 === 5) return quad(q.subject, q.predicate, namedNode('https://example.org/elsewhere'), q.graph);
      if (i % 13 === 9) return quad(blankNode(`b${i}`), q.predicate, q.object, q.graph);
      return q;
    });
    bothEngines(swapped);
  });

  it('leaves shapes with SHACL it does not cover to rdf-validate-shacl', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newskg-shapes-')), 'xone.ttl');
    writeFileSync(
      path,
      `
      @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
      ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:xone ( ex:A ex:B ) ; sh:message "Exactly one of A, B." .
      ex:A a sh:NodeShape ; sh:class ex:A ; sh:message "An A." .
      ex:B a sh:NodeShape ; sh:class ex:B ; sh:message "A B." .`,
    );
    const shapes = loadShapes(path);
    expect(shapes.fast).toBeUndefined();
    const data = new Parser().parse('@prefix ex: <https://example.org/> . ex:x a ex:C , ex:A , ex:B .');
    expect(validateGraph(data, { shapes }).results.map((r) => r.message)).toEqual(['Exactly one of A, B.']);
  });
});
