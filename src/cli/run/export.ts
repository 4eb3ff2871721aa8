import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLinker } from '../../corpus/index.js';
import type { CorpusLinks } from '../../corpus/index.js';
import { orderQuads, parseRdf } from '../../graph/index.js';
import { serialize } from '../../serialize/index.js';
import { CORPUS_LINKS_STEM, GraphStream, OutputStems, checkFolder, writeOutputs } from '../../sinks/index.js';
import { readSourcesFrom } from '../../sources/index.js';
import type { InputFormat, SourceArticle, SourceFailure, SourceItem } from '../../sources/types.js';
import { FILE_EXTENSIONS } from '../../serialize/formats.js';
import {
  ErrorReport,
  articleOutput,
  errorRecord,
  failureLine,
  failureOf,
  jobSettings,
  runCorpus,
  warningRecord,
  where,
} from '../../batch/index.js';
import type { ArticleDone, ArticleSettings, Failure } from '../../batch/index.js';
import type { PipelineStage, StageTimings } from '../../pipeline.js';
import type { ArticleOptions } from '../article-options.js';
import { describeError } from '../../core/errors.js';
import { EXIT, articleExitCode, exitCodeFor } from '../exit.js';
import { onInterrupt } from '../interrupt.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';
import { Progress } from '../progress.js';
import { ViewOutput } from '../view-output.js';
import { contentHashOf } from '../../view/index.js';
import { articleSettings } from './settings.js';
import { entryFor, readManifest, removeStaleFiles, settingsFingerprint, unchangedEntry, writeManifest } from './export-manifest.js';
import type { Manifest } from './export-manifest.js';

export interface ExportOptions extends ArticleOptions {
  out: string;
  quiet: boolean;
  jobs: number;
  view?: string;
  nquads?: string;
  trig?: string;
  perArticle: boolean;
  errors?: string;
  timings: boolean;
  sinceManifest?: string;
}

interface Tally {
  /** Milliseconds summed over articles, per stage, and the number of articles timed. */
  stages: StageTimings;
  timed: number;
  exported: number;
  triples: number;
  warnings: number;
  failed: number;
  /** --since-manifest: articles left as the last export wrote them, and articles gone from the input. */
  unchanged?: number;
  removed?: number;
  /** The worst exit status an article asked for (violations 1, input 2, internal 3). */
  status: number;
}

/** Everything an export writes, opened before the first article and closed after the last. */
interface Outputs {
  perArticle: boolean;
  streams: { format: 'nquads' | 'trig'; stream: GraphStream }[];
  errors: ErrorReport | undefined;
  stems: OutputStems;
  /** The view folder (`--view`, or `newskg view`), drawn from each article's graph read back from its N-Quads. */
  view: ViewOutput | undefined;
  /** Links actors and happenings across the exported articles (docs/graph-model.md, "Across articles"). */
  linker: CorpusLinker;
  /** --since-manifest: the last export's manifest and the one this run writes. */
  incremental: Incremental | undefined;
}

interface Incremental {
  path: string;
  previous: Manifest;
  next: Manifest;
  /** Ids of the articles read, in input order (the corpus links are made from their summaries in this order). */
  order: string[];
}

/** How a run writes, beside its options: decided by the command from the options given. */
export interface ExportRun {
  /** Per-article files in -o (always, unless a corpus stream replaces them). */
  perArticle: boolean;
  /** A view already holding pages (newskg view), committed here with this run's articles. */
  view?: ViewOutput;
}

export async function runExport(inputs: string[], options: ExportOptions, host: CliHost, { perArticle, view }: ExportRun): Promise<number> {
  const tally: Tally = { stages: {}, timed: 0, exported: 0, triples: 0, warnings: 0, failed: 0, status: EXIT.OK };
  const progress = new Progress({
    stream: host.stderr,
    enabled: !options.quiet && host.stderr.isTTY === true,
    ...knownTotal(inputs, options.inputFormat),
  });
  let outputs: Outputs | undefined;
  // Ctrl-C or SIGTERM: temp files are removed (interrupt.ts) and the summary says what was written.
  const forget = onInterrupt((signal) => {
    progress.finish();
    printLine(
      host.stderr,
      `newskg: interrupted by ${signal}; ${summaryLine(tally)}${outputs?.streams.length ? ' (the corpus stream was not written)' : ''}`,
    );
  });
  try {
    outputs = await openOutputs(options, host, {
      perArticle,
      view: view ?? (options.view !== undefined ? new ViewOutput(options.view, (line) => progress.log(line)) : undefined),
    });
    const articles = await articleSettings(options);
    // The view is drawn from each graph read back from its N-Quads.
    const streams = [...outputs.streams.map((s) => s.format), ...(outputs.view ? (['nquads'] as const) : [])];
    const settings = jobSettings(articles, { files: perArticle, streams });
    if (outputs.incremental) {
      outputs.incremental.next.settings = settingsFingerprint(articles);
      tally.unchanged = 0;
    }
    const stems = new Map<SourceItem, string>();
    const sources = namedSources(
      readSourcesFrom(inputs, { inputFormat: options.inputFormat }, { stdin: host.stdin }),
      outputs,
      options.out,
      articles,
      stems,
      () => {
        tally.unchanged!++;
        progress.tick();
      },
    );
    for await (const entry of runCorpus(sources, {
      jobs: options.jobs,
      settings,
      ...(host.workerUrl ? { workerUrl: host.workerUrl } : {}),
    })) {
      if (entry.outcome) addTimings(tally, entry.outcome.timings);
      const stem = stems.get(entry.item);
      stems.delete(entry.item);
      if (entry.outcome === undefined) await recordReadFailure(entry.item, outputs, tally, progress);
      else if (!entry.outcome.ok) await recordFailure(entry.item, entry.outcome, outputs, tally, progress);
      else await writeArticle(entry.item, entry.outcome, stem, outputs, articles, tally, progress, { quiet: options.quiet });
      progress.tick();
    }
    if (outputs.incremental) await finishIncremental(outputs.incremental, outputs.linker, options.out, tally);
    await writeCorpusLinks(outputs, options, tally);
    if (outputs.incremental) await writeManifest(outputs.incremental.path, outputs.incremental.next);
    await Promise.all(outputs.streams.map(({ stream }) => stream.commit()));
    await outputs.errors?.commit();
    if (outputs.view) {
      const index = await outputs.view.commit();
      progress.log(`newskg: view of ${outputs.view.articles} article(s) in ${index}`);
    }
  } catch (error) {
    // Output that cannot be written, or workers that cannot start: stop, keep no partial stream.
    progress.finish();
    await Promise.all((outputs?.streams ?? []).map(({ stream }) => stream.abort()));
    await outputs?.errors?.commit().catch(() => undefined);
    const cause = error instanceof ReportedFailure ? error.cause : error;
    if (!(error instanceof ReportedFailure)) {
      printLine(host.stderr, `error: ${describeError(error)}`);
      tally.failed++;
    }
    return summary(tally, progress, host, { code: exitCodeFor(cause), timings: options.timings });
  } finally {
    forget();
  }
  return summary(tally, progress, host, { code: tally.status, timings: options.timings });
}

function addTimings(tally: Tally, timings: StageTimings): void {
  tally.timed++;
  for (const [stage, ms] of Object.entries(timings) as [PipelineStage, number][]) tally.stages[stage] = (tally.stages[stage] ?? 0) + ms;
}

/** Every output is opened (or its folder checked) before the first article, so one that cannot be written fails the run at once. */
async function openOutputs(options: ExportOptions, host: CliHost, { perArticle, view }: ExportRun): Promise<Outputs> {
  const streams: Outputs['streams'] = [];
  const stdout = { stdout: host.stdout };
  try {
    if (options.nquads !== undefined) streams.push({ format: 'nquads', stream: await GraphStream.open(options.nquads, 'nquads', stdout) });
    if (options.trig !== undefined) streams.push({ format: 'trig', stream: await GraphStream.open(options.trig, 'trig', stdout) });
    const errors = options.errors !== undefined ? await ErrorReport.open(options.errors, stdout) : undefined;
    if (perArticle) await checkFolder(options.out);
    const taken = [options.nquads, options.trig, options.errors].filter((path): path is string => path !== undefined && path !== '-');
    const incremental =
      options.sinceManifest !== undefined
        ? {
            path: options.sinceManifest,
            previous: await readManifest(options.sinceManifest),
            next: { settings: '', articles: new Map() },
            order: [],
          }
        : undefined;
    if (incremental) taken.push(options.sinceManifest!);
    return {
      perArticle,
      streams,
      errors,
      stems: new OutputStems({ folder: options.out, taken }),
      view,
      linker: new CorpusLinker(options.base),
      incremental,
    };
  } catch (error) {
    await Promise.all(streams.map(({ stream }) => stream.abort()));
    throw error;
  }
}

async function writeArticle(
  item: SourceArticle,
  outcome: ArticleDone,
  stem: string | undefined,
  outputs: Outputs,
  settings: ArticleSettings,
  tally: Tally,
  progress: Progress,
  { quiet }: { quiet: boolean },
): Promise<void> {
  const label = where(item);
  tally.warnings += outcome.warnings;
  const { files, graph, violation } = articleOutput(outcome, settings, stem);
  // On a terminal the progress line stands in for the per-article log; problems are still shown.
  for (const note of outcome.notes ?? []) {
    if (!quiet) progress.log(`warning: ${label}: ${note.code}: ${note.message}`);
    await outputs.errors?.addWarning(warningRecord(item, note));
  }
  if (outcome.reportText && !quiet && (violation || !progress.enabled)) progress.log(`${label}:\n${outcome.reportText}`);
  const pages: string[] = [];
  try {
    await writeOutputs(files);
    if (graph) for (const { format, stream } of outputs.streams) await stream.writeGraph(outcome.serialized[format]!);
    if (graph && outputs.view) {
      // the page is drawn from the graph as written, read back with the same reader as a file
      const quads = await parseRdf(new TextDecoder().decode(outcome.serialized.nquads!), 'nquads', label);
      for (const page of await outputs.view.addGraph(quads, label, new Map([[contentHashOf(item.input.raw), item.input.raw]])))
        pages.push(page);
    }
  } catch (error) {
    await recordFailure(item, failureOf(error, 'write'), outputs, tally, progress);
    throw new ReportedFailure(error);
  }
  if (violation) {
    await recordFailure(
      item,
      { stage: 'validate', code: 'VALIDATION_FAILED', message: violation, line: `VALIDATION_FAILED: ${violation}`, located: false },
      outputs,
      tally,
      progress,
    );
    return;
  }
  tally.exported++;
  tally.triples += outcome.triples;
  if (outputs.incremental)
    outputs.incremental.next.articles.set(
      item.id,
      entryFor(
        item,
        files.map((f) => f.path),
        outcome.summary,
      ),
    );
  else outputs.linker.add(outcome.summary);
  if (!quiet && !progress.enabled) {
    const written = [...files.map((f) => f.path), ...outputs.streams.map(({ stream }) => stream.path), ...pages];
    progress.log(`${label} -> ${written.join(', ')} (${outcome.triples} triples)`);
  }
}

/**
 * The links graph after the article graphs: appended to each corpus stream, and written as
 * corpus-links.trig beside the per-article files. Nothing when no actor or happening is linked.
 */
async function writeCorpusLinks(outputs: Outputs, options: ExportOptions, tally: Tally): Promise<void> {
  const links: CorpusLinks | undefined = outputs.linker.links();
  if (!links) return;
  const ordered = orderQuads(links.quads);
  for (const { format, stream } of outputs.streams) await stream.writeGraph(await serialize(ordered, format, { base: options.base }));
  if (outputs.perArticle)
    await writeOutputs([
      { path: join(options.out, `${CORPUS_LINKS_STEM}.trig`), content: await serialize(ordered, 'trig', { base: options.base }) },
    ]);
  tally.triples += links.quads.length;
}

/** A fatal error already printed and recorded against its article. */
class ReportedFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('reported');
  }
}

async function recordReadFailure(item: SourceFailure, outputs: Outputs, tally: Tally, progress: Progress): Promise<void> {
  await recordFailure(item, failureOf(item.error, 'read'), outputs, tally, progress);
}

async function recordFailure(item: SourceItem, failure: Failure, outputs: Outputs, tally: Tally, progress: Progress): Promise<void> {
  tally.failed++;
  // a failed article keeps what the last export wrote for it, and is tried again next time (its input digest is the old one)
  const last = outputs.incremental?.previous.articles.get(item.id);
  if (last) outputs.incremental!.next.articles.set(item.id, last);
  tally.status = Math.max(tally.status, articleExitCode(failure.code));
  progress.log(`error: ${failureLine(item, failure)}`);
  await outputs.errors?.add(errorRecord(item, failure));
}

function summaryLine(tally: Tally): string {
  const incremental = tally.unchanged !== undefined ? `, ${tally.unchanged} unchanged, ${tally.removed ?? 0} removed` : '';
  return `${tally.exported} article(s) exported, ${tally.triples} triples, ${tally.warnings} warning(s), ${tally.failed} failed${incremental}`;
}

/**
 * The source items with their output stems taken in input order (every article takes its name
 * whether it fails or not: `enqueue` names them so before any has run). With --since-manifest,
 * an article the last export wrote from the same input is passed over: its entry is kept.
 */
async function* namedSources(
  sources: AsyncIterable<SourceItem>,
  outputs: Outputs,
  folder: string,
  settings: ArticleSettings,
  stems: Map<SourceItem, string>,
  onUnchanged: () => void,
): AsyncGenerator<SourceItem> {
  const incremental = outputs.incremental;
  for await (const item of sources) {
    if (item.ok && outputs.perArticle) {
      const stem = join(folder, outputs.stems.take(item));
      if (incremental) {
        incremental.order.push(item.id);
        const graphFiles = settings.formats.map((format) => `${stem}.${FILE_EXTENSIONS[format]}`);
        const kept = unchangedEntry(incremental.previous, incremental.next.settings, item, graphFiles, folder);
        if (kept) {
          incremental.next.articles.set(item.id, kept);
          onUnchanged();
          continue;
        }
      }
      stems.set(item, stem);
    }
    yield item;
  }
}

/** Removes the files of articles gone or renamed, and links the articles in input order, redone or not. */
async function finishIncremental(incremental: Incremental, linker: CorpusLinker, folder: string, tally: Tally): Promise<void> {
  tally.removed = (await removeStaleFiles(incremental.previous, incremental.next, folder)).length;
  for (const id of incremental.order) {
    const summary = incremental.next.articles.get(id)?.summary;
    if (summary) linker.add(summary);
  }
}

/** Prints the summary (and with `timings` the time per stage); returns `code`. */
function summary(tally: Tally, progress: Progress, host: CliHost, { code, timings }: { code: number; timings: boolean }): number {
  progress.finish();
  printLine(host.stderr, `newskg: ${summaryLine(tally)}`);
  if (timings) {
    const stages = (['ingest', 'extract', 'model', 'validate', 'serialize'] as const).map(
      (stage) => `${stage} ${((tally.stages[stage] ?? 0) / Math.max(1, tally.timed)).toFixed(2)}`,
    );
    // Both cover the whole process: worker threads, V8's helper threads and start-up included.
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    printLine(
      host.stderr,
      `newskg: timings (ms per article, ${tally.timed} timed): ${stages.join(', ')}; peak RSS ${Math.round(usage.maxRSS / 1024)} MB; CPU ${cpuSeconds.toFixed(2)} s`,
    );
  }
  return code;
}

/** The number of articles when every input is a single plain file (a folder or a corpus is counted only as it is read). */
function knownTotal(inputs: readonly string[], inputFormat: InputFormat): { total?: number } {
  if (inputFormat === 'jsonl') return {};
  for (const input of inputs) {
    if (input === '-' || /\.(jsonl|ndjson)$/i.test(input)) return {};
    try {
      if (!statSync(input).isFile()) return {};
    } catch {
      return {};
    }
  }
  return { total: inputs.length };
}
