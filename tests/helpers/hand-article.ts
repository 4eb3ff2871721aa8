import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ArticleMetadata, Extraction, SourceDocument, Span } from '../../src/core/types.js';

/**
 * Articles built by hand, so tests of one stage do not depend on the stages before it: a
 * SourceDocument without the ingest stage, and (for HAND_TEXT) an extraction without the extractors.
 */

/** A small article and a hand-made extraction of it, so graph and serializer tests do not depend on the extractors. */
export const HAND_TEXT = [
  'Ministers Meet in Vienna – Analysis',
  '',
  'By Jane Example',
  '',
  'Foreign Minister Ana Lopez met officials of the Utopian Council in Vienna on March 3, 2024.',
  '',
  '"We will not accept new tariffs," Lopez warned after the meeting.',
  '',
].join('\n');

/** The `occurrence`-th (0-based) place of `surface` in `text`. */
export function span(text: string, surface: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" not in text`);
  return { start, end: start + surface.length, text: surface };
}

/** One paragraph per non-empty line, as plain-text articles are laid out; only the lines starting inside `body` when given. */
export function lineParagraphs(text: string, body = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < body.start || m.index >= body.end || !m[0].trim()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A SourceDocument of `text` as ingest would hand it on: English, no sections or boilerplate; paragraphs one per line unless given. */
export function handBuiltDocument(
  text: string,
  parts: { name?: string; paragraphs?: Span[]; metadata?: Partial<ArticleMetadata> } = {},
): SourceDocument {
  return {
    source: { name: parts.name ?? 'test', format: 'text' },
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    metadata: { authors: [], language: 'en', ...parts.metadata },
    paragraphs: parts.paragraphs ?? lineParagraphs(text),
    sections: [],
    boilerplate: [],
  };
}

export function handDocument(text = HAND_TEXT): SourceDocument {
  const headline = span(text, 'Ministers Meet in Vienna');
  const p1 = span(text, 'Foreign Minister Ana Lopez met officials of the Utopian Council in Vienna on March 3, 2024.');
  const p2 = span(text, '"We will not accept new tariffs," Lopez warned after the meeting.');
  return handBuiltDocument(text, {
    name: 'hand.txt',
    paragraphs: [p1, p2],
    metadata: {
      headline: { value: headline.text, span: headline, origin: 'text' },
      genre: { value: 'Analysis', span: span(text, 'Analysis'), origin: 'text' },
      authors: [{ value: 'Jane Example', span: span(text, 'Jane Example'), origin: 'text', type: 'Person' }],
    },
  });
}

/**
 * The bundled sample as a SourceDocument built by hand: ISSN line, headline, byline, then body
 * paragraphs up to the publisher's newsletter line.
 */
export function sampleDocument(): SourceDocument {
  const text = readFileSync(new URL('../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');
  const headline = span(text, 'NATO-Russia Missile Row Intensifies – OpEd');
  const author = span(text, 'Hassan Beheshtipour');
  const body = { start: span(text, 'Representatives from').start, end: span(text, 'Click here').start };
  const blurb = text.indexOf('Press TV', body.end);
  return handBuiltDocument(text, {
    name: 'samples/nato-russia-missile-row.txt',
    paragraphs: lineParagraphs(text, body),
    metadata: {
      headline: { value: headline.text, span: headline, origin: 'text' },
      authors: [{ value: author.text, span: author, origin: 'text', type: 'Person' }],
      publisher: { value: 'Eurasia Review', origin: 'text' },
      sourceOrganization: { value: 'Press TV', span: { start: blurb, end: blurb + 'Press TV'.length, text: 'Press TV' }, origin: 'text' },
    },
  });
}

export function handExtraction(text = HAND_TEXT): Extraction {
  const p1 = span(text, 'Foreign Minister Ana Lopez met officials of the Utopian Council in Vienna on March 3, 2024.');
  const p2 = span(text, '"We will not accept new tariffs," Lopez warned after the meeting.');
  return {
    sentences: [
      { start: p1.start, end: p1.end, paragraph: 0 },
      { start: p2.start, end: p2.end, paragraph: 1 },
    ],
    actors: [
      { key: 'Person:Jane Example', type: 'Person', name: 'Jane Example', aliases: [], roles: [], confidence: 0.9 },
      {
        key: 'Person:Ana Lopez',
        type: 'Person',
        name: 'Ana Lopez',
        aliases: ['Lopez'],
        roles: [{ title: 'Foreign Minister', span: span(text, 'Foreign Minister') }],
        confidence: 0.9,
      },
      { key: 'Organization:Utopian Council', type: 'Organization', name: 'Utopian Council', aliases: [], roles: [], confidence: 0.8 },
      { key: 'Place:Vienna', type: 'Place', name: 'Vienna', aliases: [], roles: [], confidence: 0.9 },
    ],
    mentions: [
      { span: span(text, 'Vienna'), actor: 'Place:Vienna', kind: 'name', sentence: -1 },
      { span: span(text, 'Ana Lopez'), actor: 'Person:Ana Lopez', kind: 'name', sentence: 0 },
      { span: span(text, 'Utopian Council'), actor: 'Organization:Utopian Council', kind: 'name', sentence: 0 },
      { span: span(text, 'Vienna', 1), actor: 'Place:Vienna', kind: 'name', sentence: 0 },
      { span: span(text, 'Lopez', 1), actor: 'Person:Ana Lopez', kind: 'alias', sentence: 1 },
    ],
    statements: [
      {
        speaker: 'Person:Ana Lopez',
        speakerMention: span(text, 'Lopez', 1),
        cue: span(text, 'warned'),
        cueLemma: 'warn',
        type: 'warning',
        mode: 'direct',
        content: span(text, 'We will not accept new tariffs'),
        span: span(text, '"We will not accept new tariffs," Lopez warned'),
        about: [],
        sentence: 1,
        confidence: 0.9,
        evidence: { pattern: 'backward', cue: 'speech', complement: 'quote', speaker: 'name', distance: 0, irrealis: false, words: 6 },
      },
    ],
    timexes: [
      {
        span: span(text, 'March 3, 2024'),
        type: 'DATE',
        value: '2024-03-03',
        relative: false,
        sentence: 0,
        evidence: { rule: 'month-day-year', anchoring: 'explicit', shape: 'calendar', ambiguous: false },
        confidence: 0.9,
      },
    ],
    events: [
      {
        type: 'meeting',
        trigger: span(text, 'met'),
        span: p1,
        time: 0,
        place: 'Place:Vienna',
        factuality: 'asserted',
        participants: [
          { actor: 'Person:Ana Lopez', role: 'agent' },
          { actor: 'Organization:Utopian Council', role: 'patient' },
        ],
        sentence: 0,
        confidence: 0.8,
        evidence: {
          triggerWeight: 0.75,
          verbal: true,
          factualityMarked: false,
          roleArguments: 2,
          hasPlace: true,
          hasTime: true,
          mentionCount: 1,
          ambiguous: false,
          inheritedTime: false,
        },
      },
    ],
  };
}
