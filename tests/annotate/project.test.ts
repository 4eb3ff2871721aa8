import { describe, expect, it } from 'vitest';
import { projectAnnotations } from '../../src/annotate/index.js';
import type { Extraction } from '../../src/core/types.js';
import { handExtraction, span, HAND_TEXT } from '../helpers/hand-article.js';

describe('projectAnnotations', () => {
  const prediction = projectAnnotations('doc-1', HAND_TEXT, handExtraction());

  it('maps actor types to the scorer entity types', () => {
    const types = prediction.entities.map(({ start, end, type }) => ({ start, end, type }));
    expect(types).toContainEqual({ ...pick(span(HAND_TEXT, 'Ana Lopez')), type: 'PER' });
    expect(types).toContainEqual({ ...pick(span(HAND_TEXT, 'Utopian Council')), type: 'ORG' });
    expect(types).toContainEqual({ ...pick(span(HAND_TEXT, 'Vienna', 1)), type: 'LOC' });
  });

  it("gives each entity its mention's confidence, or its actor's when the mention has none", () => {
    const extraction = handExtraction();
    extraction.mentions[0]!.confidence = 0.42;
    const [first, second] = projectAnnotations('doc-1', HAND_TEXT, extraction).entities;
    expect(first!.confidence).toBe(0.42);
    const actor = extraction.actors.find((a) => a.key === extraction.mentions[1]!.actor)!;
    expect(second!.confidence).toBe(actor.confidence);
  });

  it('names the byline authors printed in the text as entities, a person or an organisation', () => {
    const authors = [
      { value: 'Jane Example', span: span(HAND_TEXT, 'Jane Example'), origin: 'text' as const, type: 'Person' as const },
      { value: 'Utopian Council', origin: 'record' as const, type: 'Organization' as const },
    ];
    const entities = projectAnnotations('doc-1', HAND_TEXT, handExtraction(), { authors }).entities;
    expect(entities).toContainEqual(expect.objectContaining({ ...pick(span(HAND_TEXT, 'Jane Example')), type: 'PER' }));
    expect(entities.filter((e) => e.type === 'ORG')).toHaveLength(1);
    expect(entities.map((e) => e.start)).toEqual([...entities.map((e) => e.start)].sort((a, b) => a - b));
  });

  it('leaves descriptions and pronouns out of the entities', () => {
    const extraction = handExtraction();
    extraction.mentions.push({
      span: span(HAND_TEXT, 'officials'),
      actor: 'Organization:Utopian Council',
      kind: 'description',
      sentence: 0,
    });
    const entities = projectAnnotations('doc-1', HAND_TEXT, extraction).entities;
    expect(entities.some((e) => e.start === span(HAND_TEXT, 'officials').start)).toBe(false);
  });

  it('leaves demonyms out of the entities: "Russian" is no name of Russia', () => {
    const text = 'Russian officials met.';
    const extraction = handExtraction();
    extraction.mentions = [{ span: span(text, 'Russian'), actor: 'Person:Ana Lopez', kind: 'demonym', sentence: 0 }];
    expect(projectAnnotations('doc-3', text, extraction).entities).toEqual([]);
  });

  it('gives speaker, cue and content spans and the confidence of each statement', () => {
    expect(prediction.statements).toEqual([
      {
        speaker: pick(span(HAND_TEXT, 'Lopez', 1)),
        cue: pick(span(HAND_TEXT, 'warned')),
        content: pick(span(HAND_TEXT, 'We will not accept new tariffs')),
        confidence: handExtraction().statements[0]!.confidence,
      },
    ]);
  });

  it("leaves the author's own claims out: an op-ed's authorial sentences and the writer's first person", () => {
    const extraction = handExtraction();
    const lopez = extraction.statements[0]!;
    extraction.statements.push(
      { ...lopez, mode: 'authorial', speakerMention: undefined, evidence: { ...lopez.evidence, pattern: 'authorial', speaker: 'author' } },
      { ...lopez, speakerMention: span(HAND_TEXT, 'Lopez'), evidence: { ...lopez.evidence, speaker: 'author' } },
    );
    expect(projectAnnotations('doc-1', HAND_TEXT, extraction).statements).toHaveLength(1);
  });

  it('splits a content around the attribution inside it into fragments, as the scorer reads discontinuous spans', () => {
    const text = 'The plan, Lopez said, would fail.';
    const extraction = attributionInside(text, 'The plan, Lopez said, would fail');
    expect(projectAnnotations('doc-2', text, extraction).statements[0]!.content).toEqual({
      ...pick(span(text, 'The plan, Lopez said, would fail')),
      fragments: [pick(span(text, 'The plan')), pick(span(text, 'would fail'))],
    });
  });

  it('ends the first fragment at the comma before the attribution, title and all: "The plan, Mr. Lopez said, …"', () => {
    const text = 'The plan, Mr. Lopez said, would fail.';
    const extraction = attributionInside(text, 'The plan, Mr. Lopez said, would fail');
    expect(projectAnnotations('doc-3', text, extraction).statements[0]!.content.fragments).toEqual([
      pick(span(text, 'The plan')),
      pick(span(text, 'would fail')),
    ]);
  });

  it('gives time expressions with their TIMEX3 value and confidence, and no value when there is none', () => {
    expect(prediction.timexes).toEqual([{ ...pick(span(HAND_TEXT, 'March 3, 2024')), value: '2024-03-03', confidence: 0.9 }]);
    const extraction = handExtraction();
    delete extraction.timexes[0]!.value;
    expect(projectAnnotations('doc-1', HAND_TEXT, extraction).timexes[0]).not.toHaveProperty('value');
  });
});

/** The hand extraction with one statement of Lopez's whose content holds its own attribution ("…, Lopez said, …"). */
function attributionInside(text: string, content: string): Extraction {
  const extraction = handExtraction();
  extraction.statements = [
    { ...extraction.statements[0]!, speakerMention: span(text, 'Lopez'), cue: span(text, 'said'), content: span(text, content) },
  ];
  return extraction;
}

function pick(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

describe('projectAnnotations: events', () => {
  it('writes each happening with all its mentions, its broad class, factuality, date and confidence', () => {
    const extraction = handExtraction();
    extraction.events[0]!.mentions = [span(HAND_TEXT, 'meeting')];
    expect(projectAnnotations('doc-1', HAND_TEXT, extraction).events).toEqual([
      {
        mentions: [pick(span(HAND_TEXT, 'met')), pick(span(HAND_TEXT, 'meeting'))],
        type: 'meeting',
        factuality: 'asserted',
        date: '2024-03-03',
        confidence: 0.8,
      },
    ]);
  });

  it('maps a type to the class it falls under and leaves out a type under none', () => {
    const extraction = handExtraction();
    const event = extraction.events[0]!;
    extraction.events = [
      { ...event, type: 'acquisition', factuality: 'future' },
      { ...event, type: 'threat' },
    ];
    expect(projectAnnotations('doc-1', HAND_TEXT, extraction).events.map((e) => [e.type, e.factuality])).toEqual([['business', 'future']]);
  });

  it('gives no date for an unresolved, unknown or vague time, and the day for a time of day', () => {
    const dateOf = (value: string | undefined): string | null => {
      const extraction = handExtraction();
      const { value: _old, ...timex } = extraction.timexes[0]!;
      extraction.timexes[0] = value === undefined ? timex : { ...timex, value };
      return projectAnnotations('doc-1', HAND_TEXT, extraction).events[0]!.date;
    };
    expect(dateOf(undefined)).toBeNull();
    expect(dateOf('PAST_REF')).toBeNull();
    expect(dateOf('2024-03-03TEV')).toBe('2024-03-03');
    // "four years ago" with no publication date: nothing of the date is known.
    expect(dateOf('XXXX')).toBeNull();
    expect(dateOf('XXXX-WXX-3')).toBe('XXXX-WXX-3');
    expect(dateOf('XXXX-FA')).toBe('XXXX-FA');
  });
});
