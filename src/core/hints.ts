import type { MetadataOrigin } from '../core/types.js';

/**
 * Metadata the caller already knows (a CLI option, a field of a JSONL record, or, for the
 * HTML reader, a <meta> tag). A hint wins over what ingest finds in the text and keeps its
 * origin, so the graph can say where each value came from.
 */

export type HintOrigin = Exclude<MetadataOrigin, 'text'>;

export interface Hint<T = string> {
  value: T;
  origin: HintOrigin;
}

export interface IngestHints {
  /** Any complete date form ingest reads ("2011-07-20", "July 20, 2011"); normalised to YYYY-MM-DD. */
  datePublished?: Hint;
  url?: Hint;
  /** The headline. */
  title?: Hint;
  /** One string is split like a byline ("A, B and C"); an array is taken as the list of names. */
  author?: Hint<string | readonly string[]>;
  publisher?: Hint;
  /** BCP 47 tag ("en", "fr", "pt-BR"). */
  language?: Hint;
}

export interface PlainHints {
  datePublished?: string;
  url?: string;
  title?: string;
  author?: string | readonly string[];
  publisher?: string;
  language?: string;
}

/** Tags plain values with one origin: `hintsFrom({ title }, 'record')`. Empty values are dropped. */
export function hintsFrom(values: PlainHints, origin: HintOrigin): IngestHints {
  const hints: IngestHints = {};
  const keep = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';
  if (keep(values.datePublished)) hints.datePublished = { value: values.datePublished, origin };
  if (keep(values.url)) hints.url = { value: values.url, origin };
  if (keep(values.title)) hints.title = { value: values.title, origin };
  if (keep(values.publisher)) hints.publisher = { value: values.publisher, origin };
  if (keep(values.language)) hints.language = { value: values.language, origin };
  const author = values.author;
  if (typeof author === 'string') {
    if (keep(author)) hints.author = { value: author, origin };
  } else if (author && author.length > 0) {
    hints.author = { value: author, origin };
  }
  return hints;
}

/** Combines hints; later ones win field by field (`mergeHints(recordHints, optionHints)`). */
export function mergeHints(...layers: ReadonlyArray<IngestHints | undefined>): IngestHints {
  const merged: IngestHints = {};
  for (const layer of layers)
    if (layer) Object.assign(merged, Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)));
  return merged;
}

/**
 * The door for what the command line says of every article (--date, --url): hints of origin
 * 'option', over what a record or the page says.
 */
export function withOptionHints<T extends { hints?: IngestHints }>(input: T, values: PlainHints): T {
  const given = hintsFrom(values, 'option');
  return Object.keys(given).length ? { ...input, hints: mergeHints(input.hints, given) } : input;
}
