/**
 * Ingest stage: raw input -> SourceDocument. The entry verb is `ingestText`; `readTextInput`
 * and `decodeInput` turn a file or its bytes into the text it takes.
 */

export { ingestText, type IngestedDocument } from './ingest.js';
export { decodeInput, readTextInput, DEFAULT_MAX_BYTES, type DecodeOptions, type TextInput } from './input.js';
export { hintsFrom, mergeHints, type Hint, type HintOrigin, type IngestHints, type PlainHints } from './hints.js';
