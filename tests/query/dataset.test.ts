import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/query/index.js';
import { scratch, select } from './helpers.js';

const ARTICLE_A = `<https://ex.org/a> <https://schema.org/mentions> <https://ex.org/russia> <https://ex.org/a> .
<https://ex.org/russia> <https://schema.org/name> "Russia" <https://ex.org/a> .
`;
const ARTICLE_B = `<https://ex.org/b> <https://schema.org/mentions> <https://ex.org/russia> <https://ex.org/b> .
<https://ex.org/russia> <https://schema.org/name> "Russia" <https://ex.org/b> .
`;

function files(contents: Record<string, string>): string[] {
  const dir = scratch();
  return Object.entries(contents).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

describe('QueryDataset', () => {
  it('counts a fact held by two article graphs once when the query has no GRAPH', async () => {
    const dataset = await loadDataset(files({ 'a.nq': ARTICLE_A, 'b.nq': ARTICLE_B }));
    const rows = await select(dataset, 'SELECT (COUNT(*) AS ?n) WHERE { ?actor schema:name ?name }');
    expect(rows).toEqual([{ n: '1' }]);
  });

  it('keeps each article graph for GRAPH queries', async () => {
    const dataset = await loadDataset(files({ 'a.nq': ARTICLE_A, 'b.nq': ARTICLE_B }));
    const rows = await select(dataset, 'SELECT ?g WHERE { GRAPH ?g { ?actor schema:name "Russia" } } ORDER BY ?g');
    expect(rows.map((r) => r['g'])).toEqual(['https://ex.org/a', 'https://ex.org/b']);
  });

  it('reads Turtle, N-Triples, TriG, N-Quads and JSON-LD into one union', async () => {
    const dataset = await loadDataset(
      files({
        'a.ttl': '<https://ex.org/s1> <https://ex.org/p> "turtle" .',
        'b.nt': '<https://ex.org/s2> <https://ex.org/p> "n-triples" .\n',
        'c.trig': '<https://ex.org/g> { <https://ex.org/s3> <https://ex.org/p> "trig" . }',
        'd.nq': '<https://ex.org/s4> <https://ex.org/p> "n-quads" <https://ex.org/g2> .\n',
        'e.jsonld': JSON.stringify({
          '@id': 'https://ex.org/g3',
          '@graph': [{ '@id': 'https://ex.org/s5', 'https://ex.org/p': 'json-ld' }],
        }),
      }),
    );
    const rows = await select(dataset, 'SELECT ?o WHERE { ?s <https://ex.org/p> ?o } ORDER BY ?o');
    expect(rows.map((r) => r['o'])).toEqual(['json-ld', 'n-quads', 'n-triples', 'trig', 'turtle']);
  });

  it("puts a Turtle article in its article's graph, as a TriG export names it, so GRAPH queries see it", async () => {
    const article = (iri: string, headline: string) =>
      `<${iri}> a <https://w3id.org/newskg/ontology#Article> ; <https://schema.org/headline> "${headline}" .`;
    const dataset = await loadDataset(
      files({
        'a.ttl': article('https://ex.org/a', 'Ferry resumes'),
        'b.nt': '<https://ex.org/s> <https://ex.org/p> "not an article" .\n',
        'c.ttl': `${article('https://ex.org/c1', 'One')}\n${article('https://ex.org/c2', 'Two')}`,
      }),
    );
    const graphs = await select(dataset, 'SELECT ?g ?h WHERE { GRAPH ?g { ?g schema:headline ?h } } ORDER BY ?g');
    expect(graphs).toEqual([{ g: 'https://ex.org/a', h: 'Ferry resumes' }]);
    // a file with no article, or with several, stays in the default graph, and every file is in the union
    const all = await select(dataset, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(all).toEqual([{ n: '7' }]);
    const named = await select(dataset, 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }');
    expect(named).toEqual([{ g: 'https://ex.org/a' }]);
  });

  it('names the file, line and column of a syntax error', async () => {
    const [file] = files({ 'bad.ttl': '<https://ex.org/s> <https://ex.org/p> "ok" .\n<https://ex.org/s> <https://ex.org/p> .\n' });
    await expect(loadDataset([file!])).rejects.toMatchObject({ code: 'RDF_PARSE', location: { source: file, line: 2, column: 39 } });
  });

  it('names a JSON-LD file that is not JSON', async () => {
    const [file] = files({ 'bad.jsonld': '{ "@id": ' });
    await expect(loadDataset([file!])).rejects.toMatchObject({ code: 'RDF_PARSE', location: { source: file } });
  });
});
