import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { encodeGraph } from '../../src/graph/index.js';
import { buildModel } from '../../src/model/index.js';
import { serialize, localDocumentLoader } from '../../src/serialize/index.js';
import { handDocument, handExtraction } from '../helpers/hand-article.js';
import { parseRdfText, quadLines } from '../helpers/rdf.js';

const BASE = 'https://example.org/kg/';
const model = buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
const quads = encodeGraph(model);

describe('serialize', () => {
  it('Turtle parses back to the same triples, with prefixes and grouped subjects', async () => {
    const turtle = await serialize(quads, 'turtle', { base: BASE });
    expect(turtle).toMatch(/^@prefix newskg: <https:\/\/w3id\.org\/newskg\/ontology#> \.$/m);
    expect(turtle).toMatch(/^statement:[0-9a-f]{16}-\d+-\d+ a newskg:Statement, schema:Claim;$/m);
    expect(quadLines(parseRdfText(turtle, 'Turtle'))).toEqual(quadLines(quads, { dropGraph: true }));
  });

  it('TriG and N-Quads keep the named graph', async () => {
    for (const [format, parser] of [
      ['trig', 'TriG'],
      ['nquads', 'N-Quads'],
    ] as const) {
      const text = await serialize(quads, format);
      expect(quadLines(parseRdfText(text, parser))).toEqual(quadLines(quads));
    }
  });

  it('JSON-LD expands back to the same quads in the named graph', async () => {
    const text = await serialize(quads, 'jsonld');
    const back = (await jsonld.toRDF(JSON.parse(text), { documentLoader: localDocumentLoader as never })) as unknown as Quad[];
    expect(quadLines(back)).toEqual(quadLines(quads));
  });

  it('JSON-LD is article-centred: statements and events sit inside the article', async () => {
    const doc = JSON.parse(await serialize(quads, 'jsonld')) as { '@id': string; '@graph': Record<string, unknown>[] };
    expect(doc['@id']).toBe(model.article.iri);
    const article = doc['@graph'][0]!;
    expect(article['@id'] ?? article['id']).toBe(model.article.iri);
    const text = JSON.stringify(article);
    expect(text).toContain('We will not accept new tariffs');
    expect(text).toContain('2024-03-03');
    expect(text).toContain('Ana Lopez');
  });

  it('gives byte-identical output for the same input', async () => {
    for (const format of ['turtle', 'jsonld', 'nquads', 'trig'] as const) {
      const again = encodeGraph(buildModel(handDocument(), handExtraction(), { base: 'https://example.org/kg/', version: '1.2.3' }));
      expect(await serialize(again, format)).toBe(await serialize(quads, format));
    }
  });
});
