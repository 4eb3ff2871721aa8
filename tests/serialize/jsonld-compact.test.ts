/**
 * The direct JSON-LD writer (src/serialize/jsonld.ts, compacting with src/serialize/jsonld-compact.ts
 * over the table of src/serialize/jsonld-terms.ts) must write exactly what jsonld.compact writes for
 * the expanded form of the same article-rooted tree (tests/helpers/expanded-jsonld.ts), byte for
 * byte: jsonld.js stays the reference here. Graphs: the hand-made article, the sample, every article
 * fixture, 20 generated benchmark articles (each under a --base outside every context prefix and
 * one inside the schema: prefix, so node IRIs become CURIEs), the shape fixtures, and a TriG file
 * with two graphs; then the sample under contexts that use what ours does not (@vocab, a default
 * language, @vocab coercion, ...), and the features the writer refuses.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { generateArticle } from '../../bench/corpus.js';
import { isNewskgError } from '../../src/core/errors.js';
import { localDocumentLoader, projectContext } from '../../src/core/jsonld-context.js';
import { encodeGraph } from '../../src/graph/index.js';
import { buildModel } from '../../src/model/index.js';
import { runArticle } from '../../src/pipeline.js';
import { compactedJsonLd, writeJsonLd } from '../../src/serialize/jsonld.js';
import { buildContextTable } from '../../src/serialize/jsonld-terms.js';
import { expandedJsonLd } from '../helpers/expanded-jsonld.js';
import { handDocument, handExtraction } from '../helpers/hand-article.js';
import { ROOT, SAMPLE } from '../helpers/cli.js';
import { loadFixtures } from '../shapes/fixtures.js';

const CONTEXT = projectContext()['@context'] as Record<string, unknown>;

async function reference(quads: readonly Quad[], context: unknown = CONTEXT): Promise<string> {
  const compacted = await jsonld.compact(
    expandedJsonLd(quads) as jsonld.JsonLdDocument,
    { '@context': context } as jsonld.ContextDefinition,
    {
      documentLoader: localDocumentLoader as never,
      skipExpansion: true,
    } as jsonld.Options.Compact,
  );
  return JSON.stringify(compacted, null, 2) + '\n';
}

const direct = (quads: readonly Quad[], context: unknown): string => compactedJsonLd(quads, buildContextTable({ '@context': context }));

/** Under no prefix of the context / under schema: (node IRIs compact to CURIEs). */
const BASES = ['https://w3id.org/newskg/id/', 'https://schema.org/kg/'];

interface Input {
  name: string;
  raw: string;
  format: 'text' | 'html';
}

function fixtureInputs(): Input[] {
  const inputs: Input[] = [{ name: 'sample', raw: readFileSync(SAMPLE, 'utf8'), format: 'text' }];
  for (const dir of ['articles', 'corpus', 'html', 'store']) {
    for (const file of readdirSync(join(ROOT, 'tests/fixtures', dir)).sort()) {
      if (!/\.(txt|html)$/.test(file)) continue;
      inputs.push({
        name: `${dir}/${file}`,
        raw: readFileSync(join(ROOT, 'tests/fixtures', dir, file), 'utf8'),
        format: file.endsWith('.html') ? 'html' : 'text',
      });
    }
  }
  for (let n = 0; n < 20; n++) inputs.push({ name: `generated-${n}`, raw: generateArticle(n), format: 'text' });
  return inputs;
}

describe('the direct JSON-LD writer', () => {
  it('writes what jsonld.compact writes for every article graph, under two --base values', async () => {
    let compared = 0;
    const skipped: string[] = [];
    const inputs = fixtureInputs();
    for (const base of BASES) {
      const hand = encodeGraph(buildModel(handDocument(), handExtraction(), { base, version: '1.2.3' }));
      expect(await writeJsonLd(hand), `hand article, ${base}`).toBe(await reference(hand));
      compared++;
      for (const input of inputs) {
        let quads: Quad[];
        try {
          ({ quads } = await runArticle({ raw: input.raw, source: { name: input.name, format: input.format } }, { base, formats: [] }));
        } catch (error) {
          // A page with no article in it (tests/fixtures/html/no-article.html) has no graph.
          if (isNewskgError(error) && error.code === 'INPUT_NO_ARTICLE') {
            skipped.push(input.name);
            continue;
          }
          throw error;
        }
        expect(await writeJsonLd(quads), `${input.name}, ${base}`).toBe(await reference(quads));
        compared++;
      }
    }
    expect(skipped).toEqual(BASES.map(() => 'html/no-article.html'));
    // The hand-made article and every input but that page, under each base: 74 graphs today.
    expect(compared).toBe(BASES.length * inputs.length);
  });

  it('writes what jsonld.compact writes for the shape fixtures (default graph, blank nodes, odd values) and a two-graph dataset', async () => {
    const fixtures = loadFixtures();
    for (const fixture of fixtures)
      expect(await writeJsonLd(fixture.quads), `${fixture.shape}/${fixture.name}`).toBe(await reference(fixture.quads));
    const trig = new Parser({ format: 'TriG' }).parse(readFileSync(join(ROOT, 'tests/fixtures/store/two-graphs.trig'), 'utf8'));
    expect(await writeJsonLd(trig)).toBe(await reference(trig));
    expect(fixtures.length).toBeGreaterThan(100);
  });

  describe('derives everything from the context', () => {
    const quads = encodeGraph(buildModel(handDocument(), handExtraction(), { base: 'https://schema.org/kg/', version: '1.2.3' }));
    const isPrefix = (value: unknown) => typeof value === 'string' && /[/#]$/.test(value);
    const full = (value: unknown): unknown => {
      if (typeof value !== 'string') return value;
      const [prefix, local] = value.split(/:(.*)/s);
      return local !== undefined && isPrefix(CONTEXT[prefix!]) ? `${CONTEXT[prefix!] as string}${local}` : value;
    };
    const withoutPrefixes = Object.fromEntries(
      Object.entries(CONTEXT)
        .filter(([, value]) => !isPrefix(value))
        .map(([term, value]) => [
          term,
          typeof value === 'object' && value ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, full(v)])) : full(value),
        ]),
    );
    const variants: Record<string, Record<string, unknown>> = {
      'a @vocab and a default language': { ...CONTEXT, '@vocab': 'https://schema.org/', '@language': 'en' },
      '@vocab coercion, with terms for the concepts': {
        ...CONTEXT,
        statementType: { '@id': 'newskg:statementType', '@type': '@vocab' },
        eventType: { '@id': 'newskg:eventType', '@type': '@vocab' },
        warning: 'nkst:warning',
        assertion: 'nkst:assertion',
        meeting: 'nket:meeting',
      },
      'several terms for one IRI, @language null, @list, a CURIE-form term, a null term and @prefix': {
        ...CONTEXT,
        label: { '@id': 'schema:name', '@language': null },
        nm: { '@id': 'schema:name', '@container': '@set' },
        exact: { '@id': 'oa:exact', '@container': '@list' },
        'schema:roleName': { '@container': '@set' },
        headline: null,
        ont: { '@id': 'https://w3id.org/newskg/ontology', '@prefix': true },
        w3: 'https://w3id.org/',
      },
      'terms named like an Object.prototype member and like array indices (first in a JS object)': {
        ...CONTEXT,
        constructor: { '@id': 'schema:name', '@container': '@set' },
        '7': 'oa:exact',
        '12': { '@id': 'newskg:confidence', '@type': 'xsd:decimal' },
      },
      'prefixes only': Object.fromEntries(Object.entries(CONTEXT).filter(([, value]) => isPrefix(value))),
      'no prefixes, @type @none and a reverse @set': {
        ...withoutPrefixes,
        confidence: { '@id': 'https://w3id.org/newskg/ontology#confidence', '@type': '@none' },
        statements: { '@reverse': 'https://schema.org/appearance', '@container': '@set' },
      },
    };
    for (const [name, context] of Object.entries(variants)) {
      it(name, async () => expect(direct(quads, context)).toBe(await reference(quads, context)));
    }
  });

  describe('refuses, when the table is built, what it does not support', () => {
    const refused: Record<string, Record<string, unknown>> = {
      '@base': { '@base': 'https://example.org/' },
      '@import': { '@import': 'https://example.org/context.jsonld' },
      'a scoped context': { about: { '@id': 'https://example.org/about', '@context': {} } },
      '@nest': { about: { '@id': 'https://example.org/about', '@nest': '@nest' } },
      'a language map': { label: { '@id': 'https://example.org/label', '@container': '@language' } },
      'an index map': { label: { '@id': 'https://example.org/label', '@container': '@index' } },
      'a keyword alias': { id: '@id' },
      '@direction': { '@direction': 'ltr' },
    };
    for (const [name, context] of Object.entries(refused)) {
      it(name, () => expect(() => buildContextTable({ '@context': context })).toThrow(/does not support/));
    }
    it('an array of contexts', () => expect(() => buildContextTable({ '@context': [CONTEXT] })).toThrow(/does not support/));
  });
});
