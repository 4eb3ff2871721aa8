import type { ActorRecord, ActorType, Mention, Sentence } from '../../../src/core/types.js';
import { splitSentences } from '../../../src/extract/text/sentences.js';
import { lineParagraphs } from '../../helpers/hand-article.js';

export function sentencesOf(text: string): Sentence[] {
  return splitSentences(text, lineParagraphs(text));
}

/** A hand-made actor: every match of `pattern` in the text is a mention of it. */
export interface HandActor {
  key: string;
  type: ActorType;
  pattern: RegExp;
  kind?: Mention['kind'];
}

/** Builds actors and mentions by hand, standing in for the actor extractor. */
export function handMentions(
  text: string,
  sentences: readonly Sentence[],
  table: readonly HandActor[],
): { actors: ActorRecord[]; mentions: Mention[] } {
  const actors: ActorRecord[] = table.map((a) => ({
    key: a.key,
    type: a.type,
    name: a.key.replace(/^[^:]+:/, ''),
    aliases: [],
    roles: [],
    confidence: 1,
  }));
  const mentions: Mention[] = [];
  for (const a of table) {
    const re = new RegExp(a.pattern.source, a.pattern.flags.includes('g') ? a.pattern.flags : `${a.pattern.flags}g`);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
      mentions.push({ span: { start, end, text: m[0] }, actor: a.key, kind: a.kind ?? 'name', sentence });
    }
  }
  mentions.sort((x, y) => x.span.start - y.span.start);
  return { actors, mentions };
}

/** Actors of the bundled sample article, written by hand for the tests. */
export const SAMPLE_ACTORS: HandActor[] = [
  { key: 'Organization:NATO', type: 'Organization', pattern: /\bNATO\b|\bthe alliance\b/ },
  {
    key: 'Country:Russia',
    type: 'Country',
    pattern: /\bRussia\b|\bMoscow\b|\bRussian Federation\b|\bRussian(?= (?:and|officials|President|Foreign))/,
  },
  { key: 'Country:United States', type: 'Country', pattern: /\b(?:the )?US\b|\bWashington\b/ },
  { key: 'Country:Libya', type: 'Country', pattern: /\bLibya\b/ },
  { key: 'Place:Sochi', type: 'Place', pattern: /\bSochi\b/ },
  { key: 'Place:Lisbon', type: 'Place', pattern: /\bLisbon\b/ },
  { key: 'Country:Portugal', type: 'Country', pattern: /\bPortugal\b/ },
  { key: 'Place:Europe', type: 'Place', pattern: /\bEurope\b/ },
  { key: 'Person:Dmitry Rogozin', type: 'Person', pattern: /\bDmitry Rogozin\b|\bRogozin\b/ },
  { key: 'Person:Sergey Lavrov', type: 'Person', pattern: /\bSergey Lavrov\b/ },
  { key: 'Person:Dmitry Medvedev', type: 'Person', pattern: /\bDmitry Medvedev\b/ },
  { key: 'Person:Jacob Zuma', type: 'Person', pattern: /\bJacob Zuma\b/ },
  { key: 'Person:Anders Fogh Rasmussen', type: 'Person', pattern: /\bAnders Fogh Rasmussen\b/ },
  { key: 'Organization:United Nations', type: 'Organization', pattern: /\bUnited Nations\b|\bUN\b/ },
  { key: 'Organization:UN Security Council', type: 'Organization', pattern: /\bSecurity Council\b/ },
];
