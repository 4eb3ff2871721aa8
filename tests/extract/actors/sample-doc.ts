import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SourceDocument, Span } from '../../../src/core/types.js';

/**
 * The bundled sample as a SourceDocument built by hand (independent of the ingest stage): ISSN line,
 * headline, byline, then body paragraphs up to the publisher's newsletter line.
 */
export function sampleDocument(): SourceDocument {
  const text = readFileSync(new URL('../../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');
  const span = (needle: string, from = 0): Span => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`not in sample: ${needle}`);
    return { start, end: start + needle.length, text: needle };
  };
  const headline = span('NATO-Russia Missile Row Intensifies – OpEd');
  const author = span('Hassan Beheshtipour');
  const bodyStart = span('Representatives from').start;
  const bodyEnd = span('Click here').start;
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < bodyStart || m.index >= bodyEnd) continue;
    paragraphs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return {
    source: { name: 'samples/nato-russia-missile-row.txt', format: 'text' },
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    metadata: {
      headline: { value: headline.text, span: headline, origin: 'text' },
      authors: [{ value: author.text, span: author, origin: 'text', type: 'Person' }],
      publisher: { value: 'Eurasia Review', origin: 'text' },
      sourceOrganization: { value: 'Press TV', span: span('Press TV', bodyEnd), origin: 'text' },
      language: 'en',
    },
    paragraphs,
    sections: [],
    boilerplate: [],
  };
}
