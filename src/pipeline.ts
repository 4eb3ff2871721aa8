import type { Quad } from '@rdfjs/types';
import type { Extraction, SourceDocument, SourceInfo } from './core/types.js';
import { extractArticle } from './extract/index.js';
import { encodeGraph } from './graph/index.js';
import { ingestText } from './ingest/index.js';
import type { IngestHints } from './ingest/index.js';
import { buildModel } from './model/index.js';
import type { ArticleModel } from './model/index.js';
import { serialize } from './serialize/index.js';
import type { OutputFormat } from './serialize/index.js';
import { validateGraph } from './validate/index.js';
import type { ValidationOutcome } from './validate/index.js';

export interface ArticleInput {
  raw: string;
  source: SourceInfo;
  hints?: IngestHints;
}

export interface PipelineOptions {
  /** Namespace for instance IRIs. */
  base: string;
  formats: readonly OutputFormat[];
  /** Reference date for relative time expressions when the article prints none (YYYY-MM-DD). */
  referenceDate?: string;
}

export interface ArticleResult {
  doc: SourceDocument;
  extraction: Extraction;
  model: ArticleModel;
  quads: Quad[];
  validation: ValidationOutcome;
  serialized: Partial<Record<OutputFormat, string>>;
}

/** Runs one article through every stage; no I/O, so articles can run in any order or in parallel. */
export async function runArticle(input: ArticleInput, options: PipelineOptions): Promise<ArticleResult> {
  const doc = ingestText(input.raw, input.source, input.hints);
  const referenceDate = options.referenceDate ?? doc.metadata.datePublished?.value;
  const extraction = extractArticle(doc, referenceDate ? { referenceDate } : {});
  const model = buildModel(doc, extraction, { base: options.base });
  const quads = encodeGraph(model);
  const validation = await validateGraph(quads);
  const serialized: Partial<Record<OutputFormat, string>> = {};
  for (const format of options.formats) serialized[format] = await serialize(quads, format, { base: options.base });
  return { doc, extraction, model, quads, validation, serialized };
}
