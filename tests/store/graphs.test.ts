import { describe, expect, it } from 'vitest';
import { addToGraphs } from '../../src/store/index.js';
import type { GraphBatches } from '../../src/store/index.js';
import { parseRdfText } from '../helpers/rdf.js';

const PREFIXES = '@prefix newskg: <https://w3id.org/newskg/ontology#> . @prefix schema: <https://schema.org/> .\n';

describe('addToGraphs', () => {
  it('keeps the graphs a TriG file names', () => {
    const quads = parseRdfText(
      `${PREFIXES}<urn:g1> { <urn:a> schema:name "A" } <urn:g2> { <urn:b> schema:name "B" . <urn:b> schema:name "C" }`,
      'TriG',
    );
    const batches = addToGraphs(new Map(), quads, 'x.trig');
    expect([...batches].map(([g, q]) => [g, q.length])).toEqual([
      ['urn:g1', 1],
      ['urn:g2', 2],
    ]);
  });

  it('puts Turtle triples in the graph named after their article', () => {
    const quads = parseRdfText(
      `${PREFIXES}<https://ex.org/article/1> a newskg:Article ; schema:headline "H" . <urn:actor> schema:name "N" .`,
      'Turtle',
    );
    expect([...addToGraphs(new Map(), quads, 'a.ttl').keys()]).toEqual(['https://ex.org/article/1']);
  });

  it('merges the same graph read from two files', () => {
    const batches: GraphBatches = new Map();
    addToGraphs(batches, parseRdfText(`${PREFIXES}<urn:art> a newskg:Article .`, 'Turtle'), 'a.ttl');
    addToGraphs(batches, parseRdfText(`${PREFIXES}<urn:art> { <urn:art> schema:headline "H" }`, 'TriG'), 'a.trig');
    expect(batches.get('urn:art')).toHaveLength(2);
  });

  it('refuses default-graph triples with no article to name their graph', () => {
    const quads = parseRdfText(`${PREFIXES}<urn:a> schema:name "A" .`, 'Turtle');
    expect(() => addToGraphs(new Map(), quads, 'report.ttl')).toThrow('found no subject typed newskg:Article: export as TriG or N-Quads');
  });

  it('refuses default-graph triples about two articles', () => {
    const quads = parseRdfText(`${PREFIXES}<urn:a> a newskg:Article . <urn:b> a newskg:Article .`, 'Turtle');
    expect(() => addToGraphs(new Map(), quads, 'two.ttl')).toThrow('found 2 subjects typed newskg:Article');
  });
});
