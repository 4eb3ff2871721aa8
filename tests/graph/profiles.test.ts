import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { runArticle } from '../../src/pipeline.js';
import type { ArticleResult } from '../../src/pipeline.js';
import { NKG, OA, RDF } from '../../src/core/vocab.js';
import { PROFILES } from '../../src/graph/index.js';
import type { Profile } from '../../src/graph/index.js';
import { SAMPLE } from '../helpers/cli.js';

const BASE = 'https://example.org/kg/';
const results = {} as Record<Profile, ArticleResult>;

beforeAll(async () => {
  const raw = readFileSync(SAMPLE, 'utf8');
  for (const profile of PROFILES)
    results[profile] = await runArticle({ raw, source: { name: 'sample', format: 'text' } }, { base: BASE, formats: [], profile });
}, 60_000);

const triples = (profile: Profile) => results[profile].quads.length;
const objectOf = (quads: readonly Quad[], subject: string, predicate: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
const offset = (quads: readonly Quad[], subject: string, predicate: string) => Number(objectOf(quads, subject, predicate)[0]);

describe('export profiles of the sample', () => {
  it('are ordered lean < standard < full, lean at most a quarter of full', () => {
    expect(triples('lean')).toBeLessThan(triples('standard'));
    expect(triples('standard')).toBeLessThan(triples('full'));
    expect(triples('lean') * 4).toBeLessThanOrEqual(triples('full'));
  });

  it('keeps the per-article actor nodes in lean without their links to the facts, which the facts hold themselves', () => {
    const links = (profile: Profile) =>
      results[profile].quads.filter((q) => q.subject.value.includes('/article-actor/') && q.predicate.value === NKG.speakerOf).length;
    expect(links('full')).toBeGreaterThan(0);
    expect(links('lean')).toBe(0);
    expect(results.lean.quads.filter((q) => q.subject.value.includes('/article-actor/') && q.predicate.value === NKG.actor).length).toBe(
      results.full.quads.filter((q) => q.subject.value.includes('/article-actor/') && q.predicate.value === NKG.actor).length,
    );
  });

  it.each(PROFILES)('%s conforms to the shapes', (profile) => {
    expect(results[profile].validation.results.filter((r) => r.severity === 'Violation')).toEqual([]);
  });

  it.each(PROFILES)('%s keeps every actor, statement and event, each with its evidence offsets', (profile) => {
    const { quads, model } = results[profile];
    for (const node of [...model.statements, ...model.events]) {
      const evidence = objectOf(quads, node.iri, NKG.evidence)[0]!;
      expect([offset(quads, evidence, OA.start), offset(quads, evidence, OA.end)]).toEqual([node.evidence.start, node.evidence.end]);
    }
    for (const actor of model.actors) expect(objectOf(quads, actor.iri, RDF.type)).toContain(NKG.Actor);
  });

  it('names the profile on the run', () => {
    for (const profile of PROFILES)
      expect(objectOf(results[profile].quads, results[profile].model.run.iri, NKG.profile)).toEqual([profile]);
  });

  it('writes full selectors only in full, and no mentions or sentences in lean', () => {
    const typedSelectors = (profile: Profile) =>
      results[profile].quads.filter((q) => q.predicate.value === RDF.type && q.object.value === OA.TextPositionSelector).length;
    expect(typedSelectors('full')).toBeGreaterThan(100);
    expect(typedSelectors('standard')).toBe(0);
    const lean = results.lean.quads;
    expect(
      lean.filter((q) => q.predicate.value === NKG.hasMention || q.predicate.value === NKG.sentence || q.predicate.value === OA.exact),
    ).toEqual([]);
  });
});

describe('sentence nodes', () => {
  it.each(['full', 'standard'] as const)(
    'give each mention, statement and event of %s exactly one sentence whose span holds it',
    (profile) => {
      const { quads, model } = results[profile];
      const holds = (node: string, start: number, end: number) => {
        const sentences = objectOf(quads, node, NKG.sentence);
        expect(sentences).toHaveLength(1);
        const sentence = sentences[0]!;
        expect(objectOf(quads, sentence, RDF.type)).toContain(NKG.Sentence);
        expect(offset(quads, sentence, OA.start)).toBeLessThanOrEqual(start);
        expect(offset(quads, sentence, OA.end)).toBeGreaterThanOrEqual(end);
      };
      expect(model.article.mentions.length).toBeGreaterThan(50);
      for (const m of model.article.mentions) holds(m.iri, m.start, m.end);
      // a statement's sentence is its cue's (a quote may run on over the next sentences)
      for (const s of model.statements) holds(s.iri, (s.cue ?? s.evidence).start, (s.cue ?? s.evidence).start + 1);
      for (const e of model.events) holds(e.iri, e.trigger.start, e.trigger.end);
    },
  );

  it('are minted from the article and the sentence position, in the article graph, tied to the article', () => {
    const { quads, model } = results.standard;
    const key = model.run.iri.split('/').pop();
    expect(model.sentences.length).toBeGreaterThan(10);
    for (const sentence of model.sentences) {
      expect(sentence.iri).toBe(`${BASE}sentence/${key}-${sentence.index}`);
      expect(objectOf(quads, sentence.iri, OA.hasSource)).toEqual([model.article.iri]);
      expect(objectOf(quads, sentence.iri, OA.exact)[0]).toBe(readFileSync(SAMPLE, 'utf8').slice(sentence.start, sentence.end));
    }
  });
});
