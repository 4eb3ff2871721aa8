import type { ErrorCode } from '../core/errors.js';
import type { ArticleInput, StageTimings } from '../pipeline.js';
import type { OutputFormat } from '../serialize/index.js';
import type { LinkEntry } from '../links/index.js';

/** Where an article failed, as written in the --errors report. Building the model and graph counts as extract. */
export type ErrorStage = 'read' | 'ingest' | 'extract' | 'validate' | 'serialize' | 'write';

/** One line of the JSON Lines error report. */
export interface ErrorRecord {
  id: string;
  file: string;
  line?: number;
  stage: ErrorStage;
  code: ErrorCode;
  message: string;
}

/** What every article of a run is turned into; the same for each job, so workers get it once. */
export interface JobSettings {
  base: string;
  /** Every format some output needs (per-article files and corpus streams). */
  formats: OutputFormat[];
  /** Also build the SHACL report as Turtle. */
  reportTurtle: boolean;
  /** Entries of the user's --links table (plain data: settings cross to workers by structured clone). */
  links?: LinkEntry[];
}

export interface ArticleJob {
  /** Position in the input: results are written in this order whatever the worker that ran it. */
  seq: number;
  input: ArticleInput;
}

export type ArticleOutcome = ArticleDone | ArticleFailed;

/** A processed article as plain data (it crosses the worker boundary by structured clone). */
export interface ArticleDone {
  ok: true;
  triples: number;
  violations: number;
  /** Warnings and infos. */
  warnings: number;
  /** The readable validation report, when there is any result. */
  reportText?: string;
  /** Warnings of ingest, one line each (a header URL that is not one, a JSON-LD block that is not JSON); counted in `warnings`. */
  notes?: string[];
  reportTurtle?: string;
  /** UTF-8, each in a buffer of its own: a worker moves them to the main thread instead of copying them. */
  serialized: Partial<Record<OutputFormat, Uint8Array>>;
  timings: StageTimings;
}

export interface ArticleFailed {
  ok: false;
  stage: ErrorStage;
  code: ErrorCode;
  message: string;
  /** The one line printed for it (describeError). */
  line: string;
  /** Whether that line already names where the article came from. */
  located: boolean;
  timings: StageTimings;
}
