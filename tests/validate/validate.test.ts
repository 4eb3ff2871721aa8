import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { DEFAULT_SHAPES_PATH, loadShapes, validateGraph } from '../../src/validate/index.js';
import { NewskgError } from '../../src/core/errors.js';
import { baseQuads } from '../shapes/fixtures.js';
import { FLAWED, PREFIXES, inGraph, turtle } from './helpers.js';

const SH = 'http://www.w3.org/ns/shacl#';
const flawed = [...baseQuads, ...turtle(FLAWED)];

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'newskg-shapes-')), name);
  writeFileSync(path, content);
  return path;
}

function errorOf(run: () => unknown): NewskgError {
  try {
    run();
  } catch (error) {
    if (error instanceof NewskgError) return error;
    throw error;
  }
  throw new Error('expected a NewskgError');
}

describe('validateGraph', () => {
  it('returns the outcome directly, not a promise', () => {
    expect(validateGraph(baseQuads)).not.toBeInstanceOf(Promise);
  });

  it('validates an article named graph as one data graph', () => {
    expect(validateGraph(inGraph(baseQuads, 'https://example.org/article')).results).toEqual([]);
  });

  it('finds a node whose triples are split across two named graphs', () => {
    const half = Math.floor(baseQuads.length / 2);
    const split = [
      ...inGraph(baseQuads.slice(0, half), 'https://example.org/g1'),
      ...inGraph(baseQuads.slice(half), 'https://example.org/g2'),
    ];
    expect(validateGraph(split).results).toEqual([]);
  });

  it('counts a triple written in two article graphs once (no false maxCount violation)', () => {
    const twice = [...inGraph(baseQuads, 'https://example.org/g1'), ...inGraph(baseQuads, 'https://example.org/g2')];
    expect(validateGraph(twice).results).toEqual([]);
  });

  it('reports a violation as a plain result naming focus node, path, value, message, shape and constraint', () => {
    const result = validateGraph(flawed).results.find((r) => r.path === 'https://w3id.org/newskg/ontology#confidence');
    expect(result).toEqual({
      severity: 'Violation',
      focusNode: 'https://example.org/statement2',
      path: 'https://w3id.org/newskg/ontology#confidence',
      value: '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
      message: 'A statement must have exactly one newskg:confidence, an xsd:decimal between 0 and 1.',
      sourceShape: 'https://w3id.org/newskg/shapes#Statement-confidence',
      sourceConstraint: SH + 'MaxInclusiveConstraintComponent',
    });
  });

  it('does not conform when there is a violation', () => {
    expect(validateGraph(flawed).conforms).toBe(false);
  });

  it('conforms with warnings only, unless allowWarnings is false', () => {
    const warned = [
      ...baseQuads,
      ...turtle('ex:article schema:author ex:carol . ex:carol a newskg:Actor , newskg:Person , schema:Person ; schema:name "Carol" .'),
    ];
    const outcome = validateGraph(warned);
    expect(outcome.results.map((r) => r.severity)).toEqual(['Warning']);
    expect(outcome.conforms).toBe(true);
    expect(validateGraph(warned, { allowWarnings: false }).conforms).toBe(false);
  });

  it('sorts results: violations first, then by focus node and path', () => {
    const results = validateGraph(flawed).results;
    const keys = results.map((r) => [r.severity === 'Violation' ? 0 : 1, r.focusNode, r.path ?? ''].join(' '));
    expect(keys).toEqual([...keys].sort());
    expect(results.at(-1)!.severity).toBe('Warning');
  });

  it("finds what rdf-validate-shacl's own (async) validate() finds", async () => {
    const shapes = new Parser().parse(await import('node:fs').then((fs) => fs.readFileSync(DEFAULT_SHAPES_PATH, 'utf8')));
    const hierarchy = shapes.filter((q) => q.predicate.value.endsWith('#subClassOf'));
    const report = await new SHACLValidator(new Store(shapes)).validate(new Store([...flawed, ...hierarchy]));
    const theirs = report.results.map((r) => `${r.focusNode.value} ${r.path?.value} ${r.sourceConstraintComponent.value}`).sort();
    const ours = validateGraph(flawed)
      .results.map((r) => `${r.focusNode} ${r.path} ${r.sourceConstraint}`)
      .sort();
    expect(ours).toEqual(theirs);
  });

  it('gives the same results on a second run with the same compiled shapes', () => {
    const first = validateGraph(flawed);
    validateGraph(baseQuads);
    expect(validateGraph(flawed)).toEqual(first);
  });
});

describe('loadShapes', () => {
  it('compiles the bundled shapes once per process', () => {
    expect(loadShapes()).toBe(loadShapes(DEFAULT_SHAPES_PATH));
  });

  it('finds the bundled shapes relative to the package root', () => {
    expect(DEFAULT_SHAPES_PATH.endsWith(join('shapes', 'newskg.shacl.ttl'))).toBe(true);
  });

  it('validates against a shapes file given by path', () => {
    const path = tempFile(
      'names.ttl',
      PREFIXES +
        'ex:NameShape a sh:NodeShape ; sh:targetClass newskg:Actor ; sh:property [ sh:path schema:name ; sh:minLength 20 ; sh:message "Names are long." ] .',
    );
    const outcome = validateGraph(baseQuads, { shapes: loadShapes(path) });
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(new Set(outcome.results.map((r) => r.message))).toEqual(new Set(['Names are long.']));
  });

  it('writes complex result paths in SPARQL syntax', () => {
    const path = tempFile(
      'inverse.ttl',
      PREFIXES +
        'ex:Inverse a sh:NodeShape ; sh:targetClass newskg:Actor ; sh:property [ sh:path [ sh:inversePath schema:author ] ; sh:minCount 1 ; sh:message "Every actor wrote something." ] .',
    );
    const outcome = validateGraph(baseQuads, { shapes: loadShapes(path) });
    expect(outcome.results.map((r) => r.path)).toContain('^<https://schema.org/author>');
  });

  it('terminates on recursive shapes', () => {
    const path = tempFile(
      'recursive.ttl',
      PREFIXES + 'ex:Knows a sh:NodeShape ; sh:targetClass newskg:Person ; sh:property [ sh:path schema:knows ; sh:node ex:Knows ] .',
    );
    const data = [...baseQuads, ...turtle('ex:alice schema:knows ex:bob . ex:bob schema:knows ex:alice .')];
    expect(validateGraph(data, { shapes: loadShapes(path) }).conforms).toBe(true);
  });

  it('throws SHAPES_INVALID for a missing file', () => {
    const error = errorOf(() => loadShapes(join(tmpdir(), 'no-such-shapes.ttl')));
    expect(error.code).toBe('SHAPES_INVALID');
    expect(error.message).toContain('does not exist');
  });

  it('throws SHAPES_INVALID with the line for a Turtle error', () => {
    const text = PREFIXES + 'ex:A a sh:NodeShape ;\n  sh:targetClass .\n';
    const error = errorOf(() => loadShapes(tempFile('broken.ttl', text)));
    expect(error.code).toBe('SHAPES_INVALID');
    expect(error.location.line).toBe(text.slice(0, text.indexOf('sh:targetClass .')).split('\n').length);
  });

  it('throws SHAPES_INVALID for a file with no shapes', () => {
    expect(errorOf(() => loadShapes(tempFile('empty.ttl', PREFIXES + 'ex:a ex:b ex:c .'))).code).toBe('SHAPES_INVALID');
  });

  it('refuses owl:imports, which would need the network', () => {
    const text =
      PREFIXES +
      '<> <http://www.w3.org/2002/07/owl#imports> <https://example.org/more-shapes> . ex:S a sh:NodeShape ; sh:targetClass ex:C .';
    expect(errorOf(() => loadShapes(tempFile('imports.ttl', text))).message).toContain('owl:imports');
  });
});

describe('validateGraph with quads parsed from JSON-LD', () => {
  it('gives the same results as for the same graph parsed from Turtle', async () => {
    const jsonld = (await import('jsonld')).default;
    const { Writer } = await import('n3');
    const writer = new Writer({ format: 'N-Quads' });
    const nquads = flawed.map((q) => writer.quadToString(q.subject, q.predicate, q.object)).join('');
    const document = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
    const plain = (await jsonld.toRDF(document)) as unknown as Parameters<typeof validateGraph>[0];
    expect(validateGraph(plain).results).toEqual(validateGraph(flawed).results);
  });
});
