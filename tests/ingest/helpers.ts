import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/core/types.js';
import { ingestText, type IngestedDocument } from '../../src/ingest/index.js';

export const SAMPLE = fileURLToPath(new URL('../../samples/nato-russia-missile-row.txt', import.meta.url));
export const ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export function readArticle(name: string): string {
  return readFileSync(name.includes('/') ? name : ARTICLES + name, 'utf8');
}

export function ingestFile(name: string): IngestedDocument {
  return ingestText(readArticle(name), { name, format: 'text' });
}

/** Every span in the document (metadata, paragraphs, section headings, boilerplate). */
export function allSpans(doc: IngestedDocument): Span[] {
  const spans: Span[] = [];
  const m = doc.metadata;
  for (const value of [
    m.headline,
    m.genre,
    m.issn,
    m.publisher,
    m.sourceOrganization,
    m.sourceOrganizationDescription,
    m.datePublished,
    m.url,
    ...m.authors,
  ]) {
    if (value?.span) spans.push(value.span);
  }
  spans.push(...doc.paragraphs, ...doc.sections.map((s) => s.heading), ...doc.boilerplate.map((b) => b.span));
  return spans;
}

/** The texts of paragraphs, section headings and boilerplate, for readable assertions. */
export function texts(doc: IngestedDocument): { paragraphs: string[]; headings: string[]; boilerplate: Array<[string, string]> } {
  return {
    paragraphs: doc.paragraphs.map((p) => p.text),
    headings: doc.sections.map((s) => s.heading.text),
    boilerplate: doc.boilerplate.map((b) => [b.kind, b.span.text]),
  };
}
