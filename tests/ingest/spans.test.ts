import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSpans, ARTICLES, ingestFile, SAMPLE } from './helpers.js';

const inputs = [
  SAMPLE,
  ...readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ARTICLES + f),
];

describe('every span is an exact slice of the text', () => {
  it.each(inputs.map((path) => [path.slice(path.lastIndexOf('/') + 1), path]))('%s', (_name, path) => {
    const doc = ingestFile(path);
    const spans = allSpans(doc);
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) {
      expect(span.start).toBeLessThan(span.end);
      expect(doc.text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toBe(span.text.trim());
    }
    for (const section of doc.sections) {
      expect(section.start).toBe(section.heading.end);
      expect(section.end).toBeGreaterThanOrEqual(section.start);
    }
  });

  it('covers at least four articles of our own besides the sample', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(5);
  });
});
