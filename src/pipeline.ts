import type { Quad } from '@rdfjs/types';
import { packageInfo } from './core/paths.js';
import type { Extraction, ExtractOptions } from './core/types.js';
import { extractArticle } from './extract/index.js';
import { encodeGraph, orderQuads } from './graph/index.js';
import type { Profile } from './graph/index.js';
import { ingestDocument } from './ingest/index.js';
import type { IngestedDocument } from './ingest/index.js';
import { buildModel } from './model/index.js';
import type { ArticleModel, SameAsLookup } from './model/index.js';
import type { ArticleInput } from './sources/types.js';
import { serialize, serializeBytes } from './serialize/index.js';
import type { OutputFormat } from './serialize/index.js';
import { validateGraph } from './validate/index.js';
import type { ValidationOutcome } from './validate/index.js';

export type { ArticleInput };

export interface PipelineOptions {
  /** Namespace for instance IRIs. */
  base: string;
  formats: readonly OutputFormat[];
  /** Filled with the milliseconds each stage took (benchmarks, failure stage); never part of the graph. */
  timings?: StageTimings;
  /** The user's table of links (name -> IRI) for schema:sameAs. */
  links?: SameAsLookup;
  /** Facts below this calibrated confidence are left out of the graph (default: each kind's fitted threshold). */
  minConfidence?: number;
  /** How much of the model the graph spells out (default 'standard'). */
  profile?: Profile;
  /** 'bytes': each serialization as UTF-8 in a buffer of its own, for a worker to transfer (default 'text'). */
  serializeTo?: 'text' | 'bytes';
}

export type PipelineStage = 'ingest' | 'extract' | 'model' | 'validate' | 'serialize';

/** Milliseconds per stage; `model` covers building the model and encoding the graph. A stage appears once it completed. */
export type StageTimings = Partial<Record<PipelineStage, number>>;

/** Adds the time since the previous lap to a stage (no-op without a collector). */
function stageClock(timings: StageTimings | undefined): (stage: PipelineStage) => void {
  let last = timings ? performance.now() : 0;
  return (stage) => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
}

export interface ArticleResult<Document extends string | Uint8Array = string> {
  doc: IngestedDocument;
  extraction: Extraction;
  model: ArticleModel;
  quads: Quad[];
  validation: ValidationOutcome;
  serialized: Partial<Record<OutputFormat, Document>>;
}

export interface ArticleAnalysis {
  doc: IngestedDocument;
  extraction: Extraction;
}

/** Ingest and extraction: what `annotate` projects and what `runArticle` turns into a graph. */
export function analyzeArticle(input: ArticleInput, options: ExtractOptions & { timings?: StageTimings } = {}): ArticleAnalysis {
  const lap = stageClock(options.timings);
  const doc = ingestDocument(input);
  lap('ingest');
  const { timings: _timings, ...extractOptions } = options;
  const extraction = extractArticle(doc, extractOptions);
  lap('extract');
  return { doc, extraction };
}

/** Runs one article through every stage; no I/O, so articles can run in any order or in parallel. */
export async function runArticle(
  input: ArticleInput,
  options: PipelineOptions & { serializeTo: 'bytes' },
): Promise<ArticleResult<Uint8Array>>;
export async function runArticle(input: ArticleInput, options: PipelineOptions & { serializeTo?: 'text' }): Promise<ArticleResult>;
export async function runArticle(input: ArticleInput, options: PipelineOptions): Promise<ArticleResult<string | Uint8Array>> {
  const { doc, extraction } = analyzeArticle(input, {
    ...(options.timings ? { timings: options.timings } : {}),
    ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
  });
  const lap = stageClock(options.timings);
  const model = buildModel(doc, extraction, {
    base: options.base,
    version: packageInfo().version,
    diagnostics: doc.diagnostics,
    ...(options.links ? { links: options.links } : {}),
  });
  const quads = encodeGraph(model, options.profile);
  lap('model');
  const validation = await validateGraph(quads);
  lap('validate');
  const serialized: Partial<Record<OutputFormat, string | Uint8Array>> = {};
  // Ordered once for every format (each writer would otherwise order the same quads again).
  const ordered = options.formats.length ? orderQuads(quads) : quads;
  const write = options.serializeTo === 'bytes' ? serializeBytes : serialize;
  for (const format of options.formats) serialized[format] = await write(ordered, format, { base: options.base });
  lap('serialize');
  return { doc, extraction, model, quads, validation, serialized };
}
