import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { graphStorePut, graphUpdate, nTriplesLines, replaceGraphUpdate } from '../../src/store/index.js';

const { namedNode, literal, quad } = DataFactory;
const g = namedNode('https://example.org/article/1');
const quads = [
  quad(namedNode('https://example.org/a'), namedNode('https://schema.org/name'), literal('Zoë "the" Ü', 'de'), g),
  quad(namedNode('https://example.org/a'), namedNode('https://schema.org/name'), literal('Zoë "the" Ü', 'de'), g),
  quad(
    namedNode('https://example.org/a'),
    namedNode('https://w3id.org/newskg/ontology#confidence'),
    literal('0.8', namedNode('http://www.w3.org/2001/XMLSchema#decimal')),
    g,
  ),
];

describe('nTriplesLines', () => {
  it('writes each distinct triple once, sorted, without the graph, non-ASCII kept as is', () => {
    expect(nTriplesLines(quads)).toEqual([
      '<https://example.org/a> <https://schema.org/name> "Zoë \\"the\\" Ü"@de .',
      '<https://example.org/a> <https://w3id.org/newskg/ontology#confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
    ]);
  });
});

describe('graphStorePut', () => {
  it('PUTs N-Triples to the graph store with the graph IRI percent-encoded in ?graph=', () => {
    const request = graphStorePut('http://127.0.0.1:3030/ds/data', 'https://example.org/article/1?x=1&y=#frag', [
      '<urn:s> <urn:p> <urn:o> .',
    ]);
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('http://127.0.0.1:3030/ds/data?graph=https%3A%2F%2Fexample.org%2Farticle%2F1%3Fx%3D1%26y%3D%23frag');
    expect(request.headers).toEqual({ 'content-type': 'application/n-triples; charset=utf-8' });
    expect(request.body).toBe('<urn:s> <urn:p> <urn:o> .\n');
  });

  it('keeps query parameters the store URL already has', () => {
    expect(graphStorePut('http://h/repositories/news/rdf-graphs/service?context=x', 'urn:g', []).url).toBe(
      'http://h/repositories/news/rdf-graphs/service?context=x&graph=urn%3Ag',
    );
  });

  it('refuses a graph name that would break the request', () => {
    expect(() => graphStorePut('http://h/store', 'urn:a b', [])).toThrow('graph name <urn:a b> is not an absolute IRI');
  });
});

describe('graphUpdate', () => {
  it('POSTs one update that drops the graph and inserts its triples', () => {
    const request = graphUpdate('http://127.0.0.1:7878/update', 'https://example.org/article/1', ['<urn:s> <urn:p> "o" .']);
    expect(request).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:7878/update',
      headers: { 'content-type': 'application/sparql-update; charset=utf-8' },
      body: 'DROP SILENT GRAPH <https://example.org/article/1> ;\nINSERT DATA { GRAPH <https://example.org/article/1> {\n<urn:s> <urn:p> "o" .\n} }\n',
    });
  });

  it('splits a large graph into several INSERT DATA operations in the same request', () => {
    const lines = Array.from({ length: 5 }, (_, i) => `<urn:s> <urn:p> "${i}" .`);
    const body = replaceGraphUpdate('urn:g', lines, { chunk: 2 });
    expect(body.match(/INSERT DATA/g)).toHaveLength(3);
    expect(body.startsWith('DROP SILENT GRAPH <urn:g> ;\n')).toBe(true);
  });

  it('writes a store pragma before the operations when asked', () => {
    expect(replaceGraphUpdate('urn:g', [], { prologue: 'DEFINE sql:big-data-const 1' })).toBe(
      'DEFINE sql:big-data-const 1\nDROP SILENT GRAPH <urn:g> ;\nINSERT DATA { GRAPH <urn:g> { } }\n',
    );
  });
});
