import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { ingestText } from '../../src/ingest/index.js';

const NEWS = [
  'Senator Maria Keller Says Farm Subsidies Will Be Cut',
  '',
  'WASHINGTON — Lawmakers on Tuesday debated a budget bill that would reshape agricultural spending across the country for the next decade.',
  '',
  'The committee is expected to vote on the measure next week, according to people familiar with the schedule.',
].join('\n');

const OPED = [
  'Opinion: The Farm Bill Is a Mistake',
  '',
  'By Jane Example',
  '',
  'Congress should reject the farm bill because it rewards the largest producers and leaves small farms behind every single year.',
  '',
  'The subsidies will certainly grow, and taxpayers will pay for them long after this Congress has gone home for good.',
].join('\n');

const extract = (text: string) => {
  const doc = ingestText(text, { name: 'test', format: 'text' });
  return { doc, x: extractArticle(doc) };
};

describe('extractArticle reads the headline', () => {
  it('gives the headline its own sentences, with paragraph -1', () => {
    const { doc, x } = extract(NEWS);
    const headline = doc.metadata.headline?.span;
    expect(headline).toBeDefined();
    expect(x.sentences[0]).toMatchObject({ start: headline!.start, paragraph: -1 });
    expect(x.sentences.filter((s) => s.paragraph >= 0).length).toBeGreaterThan(0);
  });

  it('finds a statement made in the headline', () => {
    const { x } = extract(NEWS);
    const st = x.statements.find((s) => s.sentence === 0);
    expect(st?.content.text).toBe('Farm Subsidies Will Be Cut');
    expect(st?.speaker).toContain('Keller');
  });

  it('gives headline mentions the index of a real headline sentence', () => {
    const { x } = extract(NEWS);
    const m = x.mentions.find((m) => m.span.text.includes('Keller'));
    expect(m?.sentence).toBe(0);
    expect(x.sentences[m!.sentence]!.paragraph).toBe(-1);
  });

  it('never takes an op-ed headline for a claim of its author', () => {
    const { x } = extract(OPED);
    const authorial = x.statements.filter((s) => s.mode === 'authorial');
    expect(authorial.length).toBeGreaterThan(0);
    expect(authorial.every((s) => x.sentences[s.sentence]!.paragraph >= 0)).toBe(true);
  });
});
