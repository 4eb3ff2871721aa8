import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { TripleIndex, listItems } from '../../src/validate/dataset.js';
import { turtle } from './helpers.js';

const { namedNode, literal, quad } = DataFactory;
const ex = (local: string) => namedNode('https://example.org/' + local);

describe('TripleIndex', () => {
  it('holds a triple written in two graphs once', () => {
    const index = new TripleIndex([quad(ex('a'), ex('p'), ex('b'), ex('g1')), quad(ex('a'), ex('p'), ex('b'), ex('g2'))]);
    expect(index.size).toBe(1);
  });

  it('matches by subject, predicate, object or any combination, ignoring the graph', () => {
    const index = new TripleIndex([
      quad(ex('a'), ex('p'), ex('b')),
      quad(ex('a'), ex('q'), literal('x')),
      quad(ex('c'), ex('p'), ex('b'), ex('g')),
    ]);
    expect(index.match(ex('a')).size).toBe(2);
    expect(index.match(null, ex('p')).size).toBe(2);
    expect(index.match(null, null, ex('b')).size).toBe(2);
    expect(index.match(ex('a'), ex('p'), ex('b'), ex('other')).size).toBe(1);
    expect(index.match(null, null, literal('x')).size).toBe(1);
    expect(index.match().size).toBe(3);
  });

  it('tells a literal from an IRI with the same text', () => {
    const index = new TripleIndex([quad(ex('a'), ex('p'), literal('https://example.org/b'))]);
    expect(index.match(null, null, ex('b')).size).toBe(0);
    expect(index.has(quad(ex('a'), ex('p'), literal('https://example.org/b')))).toBe(true);
  });

  it('matches within a match result', () => {
    const index = new TripleIndex([quad(ex('a'), ex('p'), ex('b')), quad(ex('a'), ex('q'), ex('b'))]);
    expect(index.match(ex('a')).match(null, ex('q')).size).toBe(1);
  });
});

describe('listItems', () => {
  it('reads an RDF list in order', () => {
    const quads = turtle('ex:s ex:list ( ex:one "two" ex:three ) .');
    const head = quads.find((q) => q.predicate.value === 'https://example.org/list')!.object;
    expect(listItems(new TripleIndex(quads), head).map((t) => t.value)).toEqual([
      'https://example.org/one',
      'two',
      'https://example.org/three',
    ]);
  });
});

describe('TripleIndex with plain-object quads (as jsonld.js returns them)', () => {
  it('matches them like factory-made quads', () => {
    const plain = {
      subject: { termType: 'NamedNode', value: 'https://example.org/a' },
      predicate: { termType: 'NamedNode', value: 'https://example.org/p' },
      object: {
        termType: 'Literal',
        value: 'x',
        language: '',
        datatype: { termType: 'NamedNode', value: 'http://www.w3.org/2001/XMLSchema#string' },
      },
      graph: { termType: 'DefaultGraph', value: '' },
    } as unknown as Parameters<TripleIndex['add']>[0];
    const index = new TripleIndex([plain]);
    expect(index.match(ex('a'), ex('p')).size).toBe(1);
    expect([...index][0]!.object.equals(literal('x'))).toBe(true);
  });
});
