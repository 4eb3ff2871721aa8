import { describe, expect, it } from 'vitest';
import { boilerplateConfidence, sortEvidence } from '../../src/ingest/confidence.js';
import { ingestText } from '../../src/ingest/index.js';

describe('boilerplateConfidence', () => {
  it('trusts a line that names itself more than a line judged by its neighbours or its place', () => {
    expect(boilerplateConfidence(['line-pattern'])).toBeGreaterThan(boilerplateConfidence(['menu-run']));
    expect(boilerplateConfidence(['menu-run'])).toBeGreaterThan(boilerplateConfidence(['list-item']));
    expect(boilerplateConfidence(['list-item'])).toBeGreaterThan(boilerplateConfidence(['top-label']));
  });

  it('rates a span by its weakest line', () => {
    expect(boilerplateConfidence(['line-pattern', 'list-item'])).toBe(boilerplateConfidence(['list-item']));
    expect(sortEvidence(['list-item', 'line-pattern', 'list-item'])).toEqual(['line-pattern', 'list-item']);
  });
});

describe('boilerplate spans of an ingested text', () => {
  const paragraph = 'The council voted on Monday to rebuild the sea wall, ending months of argument over the cost.';
  const doc = ingestText(`Sea wall vote\n\n${paragraph}\n\n${paragraph}\n\nRelated:\nStorm bill tops 40 million\nFerry link suspended\n`, {
    name: 't',
    format: 'text',
  });

  it('keeps the evidence on the span and scores the list below its header line', () => {
    expect(doc.boilerplate).toHaveLength(1);
    const [related] = doc.boilerplate;
    expect(related).toMatchObject({ kind: 'related-links', evidence: ['line-pattern', 'list-item'] });
    expect(related!.confidence).toBe(boilerplateConfidence(['list-item']));
  });
});
