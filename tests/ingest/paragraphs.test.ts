import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/classify.js';
import { splitLines } from '../../src/ingest/lines.js';
import { buildBoilerplate, buildParagraphs, buildSections } from '../../src/ingest/paragraphs.js';

const para = (n: number) => `Paragraph ${n} explains what happened at the meeting and why it matters, officials said on Monday.`;

function build(text: string) {
  const layout = classifyLines(text, splitLines(text));
  const paragraphs = buildParagraphs(text, layout);
  return { paragraphs, sections: buildSections(text, layout, paragraphs), boilerplate: buildBoilerplate(text, layout) };
}

describe('buildParagraphs, buildSections, buildBoilerplate', () => {
  const text = `Headline here\n\n${para(1)}\n\nFirst part\n\n${para(2)}\n\n${para(3)}\n\nSecond part\n\n${para(4)}\n\nLeave a Reply\n\nYour email address will not be published.`;
  const built = build(text);

  it('gives the body paragraphs in order', () => {
    expect(built.paragraphs.map((p) => p.text)).toEqual([para(1), para(2), para(3), para(4)]);
  });

  it('gives each section the text up to the next heading or the end of the body', () => {
    const [first, second] = built.sections;
    expect(first?.heading.text).toBe('First part');
    expect(text.slice(first!.start, first!.end).trim()).toBe(`${para(2)}\n\n${para(3)}`);
    expect(first!.end).toBe(second!.heading.start);
    expect(second!.end).toBe(built.paragraphs[3]!.end);
  });

  it('merges neighbouring boilerplate lines of one kind into one span', () => {
    expect(built.boilerplate).toEqual([
      {
        kind: 'comment-form',
        span: { start: text.indexOf('Leave'), end: text.length, text: 'Leave a Reply\n\nYour email address will not be published.' },
        evidence: ['line-pattern'],
        confidence: 0.95,
      },
    ]);
  });
});
