import type { NewskgError } from '../core/errors.js';
import type { IngestHints } from '../core/hints.js';
import type { SourceInfo } from '../core/types.js';

/** One article's text as read, with what the caller already knows of it. */
export interface ArticleInput {
  raw: string;
  source: SourceInfo;
  hints?: IngestHints;
}

/**
 * What the source readers yield, one item per article, in a deterministic order (arguments in
 * the order given; a folder's files sorted by path; a JSON Lines file's records in line order).
 * A bad item (unreadable file, broken JSON line, wrong encoding) is yielded as a failure so the
 * run goes on; the reader never holds more than the current item in memory.
 */
export type SourceItem = SourceArticle | SourceFailure;

export interface SourceArticle {
  ok: true;
  /** Stable id: the record's `id` for JSON Lines, else the path relative to the argument it came from. */
  id: string;
  /** The file it came from ("-" for standard input). */
  file: string;
  /** 1-based line number for JSON Lines records. */
  line?: number;
  input: ArticleInput;
}

/** Where an item came from, as file names, error records and messages name it. */
export type ItemPlace = Pick<SourceArticle, 'id' | 'file' | 'line'>;

export interface SourceFailure {
  ok: false;
  id: string;
  file: string;
  line?: number;
  error: NewskgError;
}

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface ReadSourcesOptions {
  /** Force the format instead of detecting it from the content. */
  inputFormat?: InputFormat;
  /** Largest single article accepted, in bytes (default 50 MiB). */
  maxBytes?: number;
}
