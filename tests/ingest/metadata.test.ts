import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/classify.js';
import { splitLines } from '../../src/ingest/lines.js';
import { readMetadata } from '../../src/ingest/metadata.js';
import { buildParagraphs } from '../../src/ingest/paragraphs.js';

function metadata(text: string) {
  const layout = classifyLines(text, splitLines(text));
  return readMetadata(text, layout, buildParagraphs(text, layout)).metadata;
}

const para = 'Officials met on Monday to discuss the plan, and they agreed to meet again next month, a spokesman said.';

describe('readMetadata', () => {
  it('drops a single final period from the headline but keeps an abbreviation', () => {
    expect(metadata(`Talks fail.\n\n${para}`).headline?.value).toBe('Talks fail');
    expect(metadata(`Mexican avocados not expected in U.S.\n\n${para}`).headline?.value).toBe('Mexican avocados not expected in U.S.');
  });

  it('prefers a "Published" date over an "Updated" one', () => {
    const text = `Talks fail\n\nUpdated: March 5, 2024\nPublished: March 3, 2024\n\n${para}`;
    expect(metadata(text).datePublished?.value).toBe('2024-03-03');
  });

  it('reads a date after the byline names', () => {
    expect(metadata(`Talks fail\n\nBy Jane Doe | March 3, 2024\n\n${para}`).datePublished?.value).toBe('2024-03-03');
  });

  it('reads a complete date from a dateline, not one without a year', () => {
    expect(metadata(`Talks fail\n\nGENEVA, March 3, 2024 (Reuters) - ${para}`).datePublished?.value).toBe('2024-03-03');
    expect(metadata(`Talks fail\n\nGENEVA, March 3 (Reuters) - ${para}`).datePublished).toBeUndefined();
    expect(metadata(`TALKS FAIL.\nLONDON 1996-08-30\n${para}`).datePublished?.value).toBe('1996-08-30');
  });

  it('reads the genre from a label line or an editorial-board byline', () => {
    expect(metadata(`Opinion\n\nTalks fail\n\n${para}`).genre?.value).toBe('OpEd');
    expect(metadata(`Talks fail\n\nBy The Editorial Board\n\n${para}`).genre?.value).toBe('Editorial');
  });

  it('reads a URL line at the top', () => {
    expect(metadata(`https://news.example.org/2024/03/talks-fail\n\nTalks fail\n\n${para}`).url?.value).toBe(
      'https://news.example.org/2024/03/talks-fail',
    );
  });

  it('says English by default', () => {
    expect(metadata(`Talks fail\n\n${para}`).language).toBe('en');
  });
});
