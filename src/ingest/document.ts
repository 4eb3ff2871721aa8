import type { SourceInfo } from '../core/types.js';
import type { IngestHints } from '../core/hints.js';
import { ingestHtml } from './html/index.js';
import { ingestText, type IngestedDocument } from './ingest.js';

/** One raw input as the readers give it (the shape of the pipeline's ArticleInput). */
export interface RawDocument {
  raw: string;
  source: SourceInfo;
  hints?: IngestHints;
}

/** Ingests one input by its format: HTML pages through the HTML reader, everything else as plain text. */
export function ingestDocument(input: RawDocument): IngestedDocument {
  return input.source.format === 'html'
    ? ingestHtml(input.raw, input.source, input.hints)
    : ingestText(input.raw, input.source, input.hints);
}
