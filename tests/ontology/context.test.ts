import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser, Writer } from 'n3';
import { PREFIXES } from '../../src/core/vocab.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const contextDocument = JSON.parse(readFileSync(path('../../ontology/context.jsonld'), 'utf8')) as { '@context': Record<string, unknown> };
const context = contextDocument['@context'];
const ontology = new Parser().parse(readFileSync(path('../../ontology/newskg.ttl'), 'utf8'));
const defined = new Set(
  ontology.filter((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type').map((q) => q.subject.value),
);

const NEWSKG = 'https://w3id.org/newskg/ontology#';
const REUSED = [
  'https://schema.org/',
  'http://www.w3.org/ns/prov#',
  'http://www.w3.org/ns/oa#',
  'http://semanticweb.cs.vu.nl/2009/11/sem/',
];

const terms = Object.entries(context).filter(([key, value]) => !key.startsWith('@') && !(typeof value === 'string' && /[/#]$/.test(value)));

function expandTerm(value: unknown): string {
  const definition = value as { '@id'?: string; '@reverse'?: string };
  const id = typeof value === 'string' ? value : (definition['@id'] ?? definition['@reverse']!);
  const [prefix, local] = id.split(/:(.*)/s);
  return (context[prefix!] as string) + local;
}

/** The base fixture graph, in a named graph as the encoder writes it. */
function sampleQuads(): Quad[] {
  const graph = DataFactory.namedNode('https://example.org/article');
  const parsed = new Parser().parse(readFileSync(path('../shapes/fixtures/base.ttl'), 'utf8'));
  return parsed.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graph));
}

function nquads(quads: Quad[]): string[] {
  const writer = new Writer({ format: 'N-Quads' });
  return [...new Set(quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph).trim()))].sort();
}

describe('ontology/context.jsonld', () => {
  it('is a JSON-LD 1.1 context', () => {
    expect(context['@version']).toBe(1.1);
  });

  it('declares the prefixes of docs/graph-model.md (src/core/vocab.ts) with the same IRIs', () => {
    for (const [prefix, iri] of Object.entries(PREFIXES)) expect(context[prefix], prefix).toBe(iri);
  });

  it.each(terms.map(([term, value]) => [term, expandTerm(value)]))('maps term %s to a defined IRI (%s)', (_term, iri) => {
    expect(iri.startsWith(NEWSKG) ? defined.has(iri) : REUSED.some((ns) => iri.startsWith(ns))).toBe(true);
  });

  it('round-trips an article graph: compact then expand gives the same quads', async () => {
    const original = sampleQuads();
    const document = await jsonld.fromRDF(nquads(original).join('\n') + '\n', { format: 'application/n-quads' });
    const compacted = await jsonld.compact(document, contextDocument);
    const back = (await jsonld.toRDF(await jsonld.expand(compacted), { format: 'application/n-quads' })) as unknown as string;
    expect(nquads(new Parser({ format: 'N-Quads' }).parse(back))).toEqual(nquads(original));
  });

  it('compacts every property of an article graph to a short term', async () => {
    const document = await jsonld.fromRDF(nquads(sampleQuads()).join('\n') + '\n', { format: 'application/n-quads' });
    const compacted = (await jsonld.compact(document, contextDocument)) as Record<string, unknown>;
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key !== '@context') {
            keys.add(key);
            walk(value);
          }
        }
      }
    };
    walk(compacted['@graph']);
    expect([...keys].filter((k) => k.includes(':'))).toEqual([]);
  });
});
