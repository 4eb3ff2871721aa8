import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/index.js';

const BODY = 'The harbour master said on Monday that the channel would stay closed until the wreck is lifted, which could take two weeks.';

describe('ingestDocument', () => {
  it('reads an input of format html as a page: the text is the extracted article', () => {
    const doc = ingestDocument({
      raw: `<html><head><title>Channel closed</title></head><body><h1>Channel closed</h1><p>${BODY}</p></body></html>`,
      source: { name: 'a.html', format: 'html' },
    });
    expect(doc.text).toBe(`Channel closed\n\n${BODY}`);
    expect(doc.metadata.headline?.origin).toBe('html');
  });

  it('reads text and JSON Lines inputs as plain text, markup and all', () => {
    const raw = `Channel closed\n\n<p>${BODY}</p>\n`;
    expect(ingestDocument({ raw, source: { name: 'a.txt', format: 'text' } }).text).toBe(raw);
    expect(ingestDocument({ raw, source: { name: 'c.jsonl#1', format: 'jsonl' } }).text).toBe(raw);
  });
});
