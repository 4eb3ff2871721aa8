import { describe, expect, it } from 'vitest';
import { isNewskgError } from '../../src/core/errors.js';
import { hintsFrom, ingestText } from '../../src/ingest/index.js';

const source = { name: 'record-7', format: 'jsonl' } as const;
const text =
  'Talks fail in Geneva\n\nBy Jane Doe\n\nOfficials met on Monday to discuss the plan, and they agreed to meet again next month, a spokesman said.';

describe('hints applied by ingestText', () => {
  it('keeps the span when the text prints the hinted value', () => {
    const doc = ingestText(text, source, hintsFrom({ title: 'Talks fail in Geneva', author: 'Jane Doe' }, 'record'));
    expect(doc.metadata.headline).toEqual({
      value: 'Talks fail in Geneva',
      origin: 'record',
      span: { start: 0, end: 20, text: 'Talks fail in Geneva' },
    });
    expect(doc.metadata.authors[0]).toMatchObject({ value: 'Jane Doe', origin: 'record', span: { text: 'Jane Doe' } });
  });

  it('lets the hint win, without a span, when the text differs', () => {
    const doc = ingestText(text, source, hintsFrom({ title: 'Geneva talks collapse', publisher: 'Northern Post' }, 'option'));
    expect(doc.metadata.headline).toEqual({ value: 'Geneva talks collapse', origin: 'option' });
    expect(doc.metadata.publisher).toEqual({ value: 'Northern Post', origin: 'option' });
  });

  it('normalises a hinted date and splits a hinted author list', () => {
    const doc = ingestText(text, source, hintsFrom({ datePublished: 'July 20, 2011', author: 'Jane Doe and Sam Roe' }, 'record'));
    expect(doc.metadata.datePublished).toEqual({ value: '2011-07-20', origin: 'record' });
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Jane Doe', 'Sam Roe']);
  });

  it.each([[{ datePublished: 'July 2011' }], [{ url: 'not a url' }], [{ language: 'English please' }]])(
    'rejects a bad hint %o with OPTION_INVALID naming the source',
    (values) => {
      try {
        ingestText(text, source, hintsFrom(values, 'option'));
        expect.unreachable();
      } catch (error) {
        expect(isNewskgError(error) && error.code).toBe('OPTION_INVALID');
        expect((error as Error).message).toContain('record-7');
      }
    },
  );

  it('keeps the span when the hinted title drops the period before a closing quote', () => {
    const quoted =
      'Minister calls the plan ‘a mistake.’\n\nOfficials met on Monday to discuss the plan, and they agreed to meet again next month, a spokesman said.';
    const doc = ingestText(quoted, source, hintsFrom({ title: 'Minister calls the plan ‘a mistake’' }, 'record'));
    expect(doc.metadata.headline?.span?.start).toBe(0);
  });
});
