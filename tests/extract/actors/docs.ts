import type { ActorRecord, Mention, SourceDocument } from '../../../src/core/types.js';
import { extractActors } from '../../../src/extract/actors/index.js';
import { documentSentences } from '../../../src/extract/text/sentences.js';
import { handBuiltDocument, lineParagraphs } from '../../helpers/hand-article.js';

/** A document whose body lines are paragraphs, with an optional headline line before them. */
export function documentOf(body: string, options: { headline?: string; authors?: string[]; publisher?: string } = {}): SourceDocument {
  const head = options.headline ? `${options.headline}\n\n` : '';
  const text = head + body;
  return handBuiltDocument(text, {
    paragraphs: lineParagraphs(text, { start: head.length, end: text.length }),
    metadata: {
      ...(options.headline
        ? {
            headline: {
              value: options.headline,
              span: { start: 0, end: options.headline.length, text: options.headline },
              origin: 'text' as const,
            },
          }
        : {}),
      authors: (options.authors ?? []).map((value) => ({ value, origin: 'text' as const, type: 'Person' as const })),
      ...(options.publisher ? { publisher: { value: options.publisher, origin: 'text' as const } } : {}),
    },
  });
}

export function actorsOf(doc: SourceDocument): { actors: ActorRecord[]; mentions: Mention[] } {
  return extractActors(doc, documentSentences(doc));
}

export function run(body: string, options: Parameters<typeof documentOf>[1] = {}): { actors: ActorRecord[]; mentions: Mention[] } {
  return actorsOf(documentOf(body, options));
}

export function actor(result: { actors: ActorRecord[] }, key: string): ActorRecord {
  const found = result.actors.find((a) => a.key === key);
  if (!found) throw new Error(`no actor ${key}; got ${result.actors.map((a) => a.key).join(', ')}`);
  return found;
}

export function mentionsOf(result: { mentions: Mention[] }, key: string): { text: string; kind: string }[] {
  return result.mentions.filter((m) => m.actor === key).map((m) => ({ text: m.span.text, kind: m.kind }));
}
