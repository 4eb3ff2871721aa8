/**
 * Ingest stage: raw input -> SourceDocument. The entry verb is `ingestDocument`, which sends
 * HTML pages to `ingestHtml` and everything else to `ingestText`; `readTextInput` and
 * `decodeInput` turn a file or its bytes into the text they take.
 */

export { ingestDocument, type RawDocument } from './document.js';
export { ingestText, type IngestedDocument } from './ingest.js';
export { ingestHtml } from './html/index.js';
export { hintsFrom, mergeHints, type Hint, type HintOrigin, type IngestHints, type PlainHints } from '../core/hints.js';
export { normaliseDate, normaliseLanguage } from './html/index.js';
