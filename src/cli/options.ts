import { InvalidArgumentError, Option } from 'commander';
import { isIsoDate, isValidDate, parseDay, publicationDateProblem } from '../core/dates.js';
import { checkBaseIri } from '../core/iri.js';
import { NewskgError } from '../core/errors.js';
// Leaf modules, not the stages' index files: defining the commands must not load the pipeline.
import { OUTPUT_FORMATS } from '../serialize/formats.js';
import type { OutputFormat } from '../serialize/formats.js';
import { DEFAULT_THRESHOLDS } from '../extract/confidence/calibration-map.js';
import { redactUserinfo } from '../store/redact.js';

export function parseFormats(value: string): OutputFormat[] {
  const formats = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknown.length || formats.length === 0) {
    throw new InvalidArgumentError(`unknown format "${unknown.join(',') || value}"; choose from ${OUTPUT_FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as OutputFormat[];
}

export function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`"${value}" is not a date of the form YYYY-MM-DD`);
  const day = parseDay(value)!;
  if (!isValidDate(day.year, day.month, day.day)) throw new InvalidArgumentError(`"${value}" ${publicationDateProblem(value)}`);
  return value;
}

export function parseBase(value: string): string {
  try {
    return checkBaseIri(value);
  } catch (error) {
    if (error instanceof NewskgError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

export function parseConfidence(value: string): number {
  const confidence = /^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.test(value.trim()) ? Number(value) : NaN;
  if (!(confidence >= 0 && confidence <= 1)) throw new InvalidArgumentError(`"${value}" is not a confidence (a number from 0 to 1)`);
  return confidence;
}

/** --min-confidence, shared by the commands that extract; without it each kind of fact keeps its fitted default. */
export function minConfidenceOption(): Option {
  const defaults = Object.entries(DEFAULT_THRESHOLDS)
    .map(([kind, threshold]) => `${kind} ${threshold}`)
    .join(', ');
  return new Option(
    '--min-confidence <x>',
    `leave out facts (mentions, statements, events, time expressions) whose calibrated confidence is below x; 0 keeps everything (default: fitted per kind of fact: ${defaults})`,
  ).argParser(parseConfidence);
}

export function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1)
    throw new InvalidArgumentError(`"${value}" is not a number of jobs (a whole number, 1 or more)`);
  return jobs;
}

/** An http(s) URL option: a store's address or an article's canonical URL. A message never shows the user-info (it may hold credentials). */
export function parseUrl(value: string): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new InvalidArgumentError(`"${redactUserinfo(value)}" is not an absolute http(s) URL`);
  return url;
}

/** The parser of a whole-number option of at least `min` (`--claims 0`, `--tries 4`). */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(
        min === 0 ? `"${value}" is not a whole number` : `"${value}" is not a whole number of at least ${min}`,
      );
    return n;
  };
}
