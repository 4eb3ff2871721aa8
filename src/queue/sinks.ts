/**
 * Where a queue worker writes each article, each write visible whole or not at all, so a worker
 * killed mid-job leaves nothing half-written and the job, run again elsewhere, completes it:
 * - files: exactly the per-article files `export -o` writes (temp file, then rename);
 * - N-Quads: one file per worker, renamed into place when the worker stops; the file of a
 *   killed worker is cut after its last whole line and renamed by the next worker on that folder;
 * - a store: each article's graph replaced in one request with `load`'s protocols.
 */
import { open, readdir, rename, stat, truncate, unlink, mkdir } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ArticleDone, ArticleOutput } from '../batch/index.js';
import { NewskgError } from '../core/errors.js';
import { parseRdf } from '../graph/index.js';
import type { OutputFormat } from '../serialize/formats.js';
import { isRunning, removeTempsOf, writeOutputs } from '../sinks/index.js';
import { addToGraphs, isStoreError, loadGraphs, probeUpdateTarget } from '../store/index.js';
import type { GraphBatches, LoadTarget, StoreClient } from '../store/index.js';
import type { QueuedArticle } from './jobs.js';

export interface ArticleSink {
  /** Where it writes, as printed. */
  readonly label: string;
  /** Whether it writes the per-article files (in the settings' formats). */
  readonly files: boolean;
  /** Formats it needs besides the per-article files'. */
  readonly streams: readonly OutputFormat[];
  /** The path without extension of an article's files, or undefined when it writes none. */
  stemFor(article: QueuedArticle): string | undefined;
  /** Writes one article; resolves once the write is whole. `rerun`: the job ran before (its worker may have died mid-write). Returns what it wrote. */
  write(article: QueuedArticle, outcome: ArticleDone, output: ArticleOutput, attempt: { rerun: boolean }): Promise<string[]>;
  close(): Promise<void>;
}

/** A sink failure that every later job would repeat (refused credentials, a redirect): the worker stops instead. */
export function isFatalSinkError(error: unknown): boolean {
  return isStoreError(error) && (error.failure === 'auth' || error.failure === 'redirect');
}

export function fileSink(dir: string): ArticleSink {
  return {
    label: dir,
    files: true,
    streams: [],
    stemFor: (article) => join(dir, article.stem),
    async write(_article, _outcome, output, { rerun }) {
      if (rerun) await removeTempsOf(output.files.map((f) => f.path));
      await writeOutputs(output.files);
      return output.files.map((f) => f.path);
    },
    close: async () => undefined,
  };
}

const PART = /^\.(.+)-(\d+)-([0-9a-f]{8})\.nq\.part$/;

/** One N-Quads file per worker: `<host>-<pid>-<random>.nq`, written as `.<same>.part` until the worker stops. */
export async function nquadsDirSink(dir: string): Promise<ArticleSink> {
  await mkdir(dir, { recursive: true });
  await salvageParts(dir);
  const host = hostname().replace(/[^A-Za-z0-9.]+/g, '_') || 'host';
  const name = `${host}-${process.pid}-${randomBytes(4).toString('hex')}.nq`;
  const part = join(dir, `.${name}.part`);
  let handle: FileHandle;
  try {
    handle = await open(part, 'a');
  } catch (error) {
    throw new NewskgError('OUTPUT_WRITE', `cannot write output: ${(error as Error).message}`, { source: part }, { cause: error });
  }
  let written = 0;
  // One graph at a time: concurrent appends could interleave.
  let tail: Promise<void> = Promise.resolve();
  return {
    label: join(dir, name),
    files: false,
    streams: ['nquads'],
    stemFor: () => undefined,
    write(_article, outcome, output) {
      if (!output.graph) return Promise.resolve([]);
      const next = tail.then(async () => {
        await handle.appendFile(outcome.serialized.nquads!);
        written++;
      });
      tail = next.catch(() => undefined);
      return next.then(
        () => [join(dir, name)],
        (error: Error) => {
          throw new NewskgError('OUTPUT_WRITE', `cannot write output: ${error.message}`, { source: part }, { cause: error });
        },
      );
    },
    async close() {
      await tail;
      await handle.close();
      if (written) await rename(part, join(dir, name));
      else await unlink(part).catch(() => undefined);
    },
  };
}

/**
 * The part files of workers of this host that are gone: cut after the last whole line (a graph
 * cut short belongs to a job that did not complete and ran again elsewhere) and renamed into
 * place. A graph may so appear in two files; N-Quads are sets, a store loads it once.
 */
async function salvageParts(dir: string): Promise<void> {
  const host = hostname().replace(/[^A-Za-z0-9.]+/g, '_') || 'host';
  for (const entry of await readdir(dir)) {
    const part = PART.exec(entry);
    if (!part || part[1] !== host || isRunning(Number(part[2]))) continue;
    const path = join(dir, entry);
    try {
      await truncate(path, await lastLineEnd(path, (await stat(path)).size));
      await rename(path, join(dir, entry.slice(1, -'.part'.length)));
    } catch {
      // another worker starting on this folder took it first
    }
  }
}

/** The length of the file up to and with its last newline (0 when it has none). */
async function lastLineEnd(path: string, size: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0;) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await handle.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline >= 0) return start + newline + 1;
      end = start;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/** Each article's named graph replaced in the store (`load`'s Graph Store Protocol or SPARQL Update, auth and retries). */
export async function storeSink(target: LoadTarget, client: StoreClient, shown: string): Promise<ArticleSink> {
  const probed = target.protocol === 'update' ? await probeUpdateTarget(target, client) : target;
  return {
    label: shown,
    files: false,
    streams: ['nquads'],
    stemFor: () => undefined,
    async write(article, outcome, output) {
      if (!output.graph) return [];
      const text = new TextDecoder().decode(outcome.serialized.nquads!);
      const batches: GraphBatches = addToGraphs(new Map(), await parseRdf(text, 'nquads', article.file), article.file);
      const result = await loadGraphs(batches, probed, client);
      const failed = result.failed[0];
      if (failed) throw failed.error;
      return result.loaded.map((g) => g.graph);
    },
    close: async () => undefined,
  };
}
