import { actorKey } from '../core/iri-layout.js';
import type { Extraction, ExtractOptions, SourceDocument } from '../core/types.js';
import { extractActors } from './actors/index.js';
import { CALIBRATION, DEFAULT_THRESHOLDS, calibrateExtraction, keepConfident, thresholdsFor } from './confidence/index.js';
import { extractEvents } from './events/index.js';
import { extractStatements } from './statements/index.js';
import { tokenizeSentences } from './text/sentence-tokens.js';
import { documentSentences } from './text/sentences.js';
import { extractTimexes } from './time/index.js';

const OPINION_GENRES: ReadonlySet<string> = new Set(['OpEd', 'Commentary', 'Editorial']);

/**
 * Pure: everything the extractors find in one article. Components run in order, each using
 * what the ones before it added: sentences -> actors and mentions -> time expressions ->
 * statements (need mentions) -> events (need mentions and time expressions) -> calibrated
 * confidences, and the facts below the minimum confidence left out.
 */
export function extractArticle(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  const { text } = doc;
  // The headline is read as sentences too (Sentence.paragraph = -1): headlines carry statements ("X Says Y").
  const headline = doc.metadata.headline?.span;
  const sentences = documentSentences(doc);
  const tokens = tokenizeSentences(text, sentences);
  const { actors, mentions } = extractActors(doc, sentences, tokens);
  const referenceDate = referenceDateOf(doc);
  const timexes = extractTimexes(text, sentences, referenceDate);
  const author = doc.metadata.authors[0];
  const statements = extractStatements({
    text,
    sentences,
    mentions,
    actors,
    ...(author ? { authorActor: actorKey(author.type, author.value) } : {}),
    opinion: doc.metadata.genre !== undefined && OPINION_GENRES.has(doc.metadata.genre.value),
    headings: doc.sections.map((section) => section.heading),
    tokens,
  });
  const events = extractEvents({
    text,
    sentences,
    mentions,
    actors,
    timexes,
    ...(headline ? { headline } : {}),
    ...(referenceDate ? { referenceDate } : {}),
    tokens,
  });
  const raw: Extraction = { sentences, actors, mentions, statements, timexes, events };
  if (options.confidence === 'raw') return raw;
  return keepConfident(calibrateExtraction(raw, CALIBRATION), thresholdsFor(options.minConfidence, DEFAULT_THRESHOLDS));
}

/**
 * The day relative expressions ("last week", "on Tuesday") resolve against: the publication
 * date as ingest settled it (--date over a record field over the page metadata over a date
 * printed in the article; see ingest/apply-hints.ts).
 */
function referenceDateOf(doc: SourceDocument): string | undefined {
  return doc.metadata.datePublished?.value;
}
