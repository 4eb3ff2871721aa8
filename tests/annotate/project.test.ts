import { describe, expect, it } from 'vitest';
import { projectAnnotations } from '../../src/annotate/index.js';
import { handExtraction, span, HAND_TEXT } from '../helpers/hand-article.js';

describe('projectAnnotations', () => {
  const prediction = projectAnnotations('doc-1', HAND_TEXT, handExtraction());

  it('maps actor types to the scorer entity types', () => {
    expect(prediction.entities).toContainEqual({ ...pick(span(HAND_TEXT, 'Ana Lopez')), type: 'PER' });
    expect(prediction.entities).toContainEqual({ ...pick(span(HAND_TEXT, 'Utopian Council')), type: 'ORG' });
    expect(prediction.entities).toContainEqual({ ...pick(span(HAND_TEXT, 'Vienna', 1)), type: 'LOC' });
  });

  it('leaves descriptions and pronouns out of the entities', () => {
    const extraction = handExtraction();
    extraction.mentions.push({ span: span(HAND_TEXT, 'officials'), actor: 'Organization:Utopian Council', kind: 'description', sentence: 0 });
    const entities = projectAnnotations('doc-1', HAND_TEXT, extraction).entities;
    expect(entities.some((e) => e.start === span(HAND_TEXT, 'officials').start)).toBe(false);
  });

  it('gives speaker, cue and content spans and the confidence of each statement', () => {
    expect(prediction.statements).toEqual([
      {
        speaker: pick(span(HAND_TEXT, 'Lopez', 1)),
        cue: pick(span(HAND_TEXT, 'warned')),
        content: pick(span(HAND_TEXT, 'We will not accept new tariffs')),
        confidence: 0.9,
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
    const extraction = handExtraction();
    extraction.statements = [
      {
        ...extraction.statements[0]!,
        speakerMention: span(text, 'Lopez'),
        cue: span(text, 'said'),
        content: span(text, 'The plan, Lopez said, would fail'),
      },
    ];
    expect(projectAnnotations('doc-2', text, extraction).statements[0]!.content).toEqual({
      ...pick(span(text, 'The plan, Lopez said, would fail')),
      fragments: [pick(span(text, 'The plan')), pick(span(text, 'would fail'))],
    });
  });

  it('gives time expressions with their TIMEX3 value, and none when it could not be resolved', () => {
    expect(prediction.timexes).toEqual([{ ...pick(span(HAND_TEXT, 'March 3, 2024')), value: '2024-03-03' }]);
    const extraction = handExtraction();
    delete extraction.timexes[0]!.value;
    expect(projectAnnotations('doc-1', HAND_TEXT, extraction).timexes[0]).not.toHaveProperty('value');
  });
});

function pick(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}
