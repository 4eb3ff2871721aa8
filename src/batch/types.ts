import type { DiagnosticCode, ErrorCode } from '../core/errors.js';
import type { ArticleInput, StageTimings } from '../pipeline.js';
import type { OutputFormat } from '../serialize/index.js';
import type { LinkEntry } from '../links/index.js';
import type { ArticleSummary } from '../corpus/index.js';
import type { Profile } from '../graph/profile.js';

/** Where an article failed, as written in the --errors report. Building the model and graph counts as extract. */
export type ErrorStage = 'read' | 'ingest' | 'extract' | 'validate' | 'serialize' | 'write';

/** One line of the JSON Lines error report: an article that failed. */
export interface ErrorRecord {
  id: string;
  file: string;
  line?: number;
  stage: ErrorStage;
  code: ErrorCode;
  message: string;
}

/** One line of the JSON Lines error report: a warning about an article that was exported. */
export interface WarningRecord {
  id: string;
  file: string;
  line?: number;
  code: DiagnosticCode;
  message: string;
}

/** A warning ingest raised about an article, its message without the article's name. */
export interface ArticleWarning {
  code: DiagnosticCode;
  message: string;
}

/**
 * How every article of a run is exported, whoever runs it and wherever its results go: plain
 * data, so it reaches worker threads by structured clone and other machines through a queue
 * (JSON) unchanged. An option that changes what an article becomes belongs here, and then
 * travels with the jobs without more code.
 */
export interface ArticleSettings {
  /** Namespace for instance IRIs. */
  base: string;
  /** Publication date (YYYY-MM-DD) over what the text or a record says. */
  date?: string;
  /** Entries of the user's --links table (the table itself, not its file: a worker elsewhere has no such file). */
  links?: LinkEntry[];
  /** --min-confidence: facts whose calibrated confidence is below it stay out of the graph. */
  minConfidence?: number;
  /** --profile: how much the graph spells out (absent in settings queued before profiles: the default). */
  profile?: Profile;
  /** Per-article file formats. */
  formats: OutputFormat[];
  /** Also write the SHACL report as <name>.validation.ttl next to the per-article files. */
  report: boolean;
  /** Write the graph even when it has violations. */
  keepInvalid: boolean;
}

/** What a worker thread is started with: the settings and what this run's outputs need. */
export interface JobSettings extends ArticleSettings {
  /** Every format some output needs: the per-article files' (when written) and the streams' or sink's. */
  serialize: OutputFormat[];
  /** Whether per-article files are written (the SHACL report is turned into Turtle only then). */
  files: boolean;
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
  /** Warnings of ingest (a header URL that is not one, a JSON-LD block that is not JSON); counted in `warnings`. */
  notes?: ArticleWarning[];
  reportTurtle?: string;
  /** UTF-8, each in a buffer of its own: a worker moves them to the main thread instead of copying them. */
  serialized: Partial<Record<OutputFormat, Uint8Array>>;
  /** What the corpus step links across articles (actors' names and roles, events). */
  summary: ArticleSummary;
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
