import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { NewskgError } from '../core/errors.js';
// ingest's leaf modules, not its index: reading sources on the main thread must not load the HTML parser.
import { DEFAULT_MAX_BYTES } from './input.js';
import { readFileItems, type FileReadOptions } from './files.js';
import { isGlob, planGlob } from './glob.js';
import { readStreamItems } from './stdin.js';
import type { ReadSourcesOptions, SourceItem } from './types.js';
import { fileError } from '../core/files.js';
import { walkFiles } from './walk.js';

/**
 * Source readers: command-line arguments -> one item per article, in a deterministic order.
 * Each argument is a file, a folder (its article files, recursively, sorted by path), a glob
 * pattern the shell left unexpanded, or "-" for standard input. A file's format is sniffed
 * from its first kilobyte (see sniff.ts) unless `inputFormat` forces it.
 *
 * Ids: a file given by name keeps that name; a file found in a folder or by a glob gets its
 * path relative to the folder (or to the glob's leading folder); a JSON Lines record its `id`.
 */

export type { InputFormat, ReadSourcesOptions, SourceArticle, SourceFailure, SourceItem } from './types.js';
export { sniffFormat, type DetectedFormat } from './sniff.js';

/** Extensions read from a folder (a file named directly, or by a glob, is read whatever its name). */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson'];

export interface SourceEnvironment {
  /** Standard input, for "-" (a function: process.stdin is only touched when "-" is given). */
  stdin: () => AsyncIterable<Buffer | string>;
}

export function readSources(args: readonly string[], options: ReadSourcesOptions = {}): AsyncIterable<SourceItem> {
  return readSourcesFrom(args, options, { stdin: () => process.stdin });
}

/** readSources with its standard input given (for tests and embedding). */
export async function* readSourcesFrom(
  args: readonly string[],
  options: ReadSourcesOptions,
  environment: SourceEnvironment,
): AsyncGenerator<SourceItem> {
  const fileOptions: FileReadOptions = { inputFormat: options.inputFormat ?? 'auto', maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
  for (const arg of args) {
    if (arg === '-') {
      yield* readStreamItems(environment.stdin(), fileOptions);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (cause) {
      if (isGlob(arg) && (cause as NodeJS.ErrnoException).code === 'ENOENT') yield* readGlob(arg, fileOptions);
      else yield { ok: false, id: arg, file: arg, error: fileError(arg, cause) };
      continue;
    }
    if (info.isDirectory()) yield* readFolder(arg, fileOptions);
    else yield* readFileItems(arg, arg, fileOptions);
  }
}

async function* readFolder(dir: string, options: FileReadOptions): AsyncGenerator<SourceItem> {
  const accept = (rel: string): boolean => ARTICLE_EXTENSIONS.includes(extname(rel).toLowerCase());
  for await (const entry of walkFiles(dir, { accept })) {
    if (entry.ok) yield* readFileItems(entry.path, entry.rel, options);
    else yield { ok: false, id: entry.rel || entry.path, file: entry.path, error: entry.error };
  }
}

async function* readGlob(pattern: string, options: FileReadOptions): AsyncGenerator<SourceItem> {
  const plan = planGlob(pattern);
  let matched = 0;
  const walk = walkFiles(plan.base, {
    accept: (rel) => plan.matcher.test(rel),
    ...(plan.maxDepth !== undefined ? { maxDepth: plan.maxDepth } : {}),
  });
  for await (const entry of walk) {
    // The base folder itself missing is "no file matches", said once below.
    if (!entry.ok && entry.rel === '') break;
    matched++;
    if (entry.ok) yield* readFileItems(entry.path, entry.rel, options);
    else yield { ok: false, id: entry.rel, file: entry.path, error: entry.error };
  }
  if (matched === 0) {
    yield {
      ok: false,
      id: pattern,
      file: pattern,
      error: new NewskgError('INPUT_NOT_FOUND', `no file matches ${pattern}`, { source: pattern }),
    };
  }
}
