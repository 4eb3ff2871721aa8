import { statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isNewskgError } from '../../core/errors.js';
import { hintsFrom, mergeHints } from '../../ingest/hints.js';
import { FILE_EXTENSIONS } from '../../serialize/formats.js';
import { CorpusLinker } from '../../corpus/index.js';
import type { CorpusLinks } from '../../corpus/index.js';
import { orderQuads } from '../../graph/index.js';
import { serialize } from '../../serialize/index.js';
import { GraphStream, writeOutputs } from '../../sinks/index.js';
import type { OutputFile } from '../../sinks/index.js';
import { readSources } from '../../sources/index.js';
import type { InputFormat, SourceArticle, SourceFailure, SourceItem } from '../../sources/types.js';
import { ErrorReport, runCorpus } from '../../batch/index.js';
import { readLinksTable } from '../../links/index.js';
import type { ArticleDone, ErrorRecord, JobSettings } from '../../batch/index.js';
import type { PipelineStage, StageTimings } from '../../pipeline.js';
import type { ExportOptions } from '../commands/export.js';
import { EXIT, describeError, exitCodeFor } from '../exit.js';
import { Progress } from '../progress.js';

interface Tally {
  /** Milliseconds summed over articles, per stage, and the number of articles timed. */
  stages: StageTimings;
  timed: number;
  exported: number;
  triples: number;
  warnings: number;
  failed: number;
  /** The worst exit status an article asked for (violations 1, input 2, internal 3). */
  status: number;
}

/** Everything an export writes, opened before the first article and closed after the last. */
interface Outputs {
  perArticle: boolean;
  streams: { format: 'nquads' | 'trig'; stream: GraphStream }[];
  errors: ErrorReport | undefined;
  stems: OutputStems;
  /** Links actors and happenings across the exported articles (docs/graph-model.md, "Across articles"). */
  linker: CorpusLinker;
}

/** The per-article folder's file for the corpus links graph (a name no article takes: see OutputStems). */
const LINKS_STEM = 'corpus-links';

export async function runExport(inputs: string[], options: ExportOptions, perArticle: boolean): Promise<number> {
  const tally: Tally = { stages: {}, timed: 0, exported: 0, triples: 0, warnings: 0, failed: 0, status: EXIT.OK };
  const progress = new Progress({
    stream: process.stderr,
    enabled: !options.quiet && process.stderr.isTTY === true,
    ...knownTotal(inputs, options.inputFormat),
  });
  let outputs: Outputs | undefined;
  try {
    outputs = await openOutputs(options, perArticle);
    const links = options.links ? (await readLinksTable(options.links)).entries : undefined;
    const settings: JobSettings = {
      ...(links?.length ? { links: [...links] } : {}),
      base: options.base,
      formats: [...new Set([...(perArticle ? options.format : []), ...outputs.streams.map((s) => s.format)])],
      reportTurtle: perArticle && options.report,
    };
    const sources = withDate(readSources(inputs, { inputFormat: options.inputFormat }), options.date);
    for await (const entry of runCorpus(sources, { jobs: options.jobs, settings })) {
      if (entry.outcome) addTimings(tally, entry.outcome.timings);
      if (entry.outcome === undefined) await recordReadFailure(entry.item, outputs, tally, progress);
      else if (!entry.outcome.ok) await recordFailure(entry.item, entry.outcome, outputs, tally, progress);
      else await writeArticle(entry.item, entry.outcome, outputs, options, tally, progress);
      progress.tick();
    }
    await writeCorpusLinks(outputs, options, tally);
    await Promise.all(outputs.streams.map(({ stream }) => stream.commit()));
    await outputs.errors?.commit();
  } catch (error) {
    // Output that cannot be written, or workers that cannot start: stop, keep no partial stream.
    progress.finish();
    await Promise.all((outputs?.streams ?? []).map(({ stream }) => stream.abort()));
    await outputs?.errors?.commit().catch(() => undefined);
    const cause = error instanceof ReportedFailure ? error.cause : error;
    if (!(error instanceof ReportedFailure)) {
      console.error(`error: ${describeError(error)}`);
      tally.failed++;
    }
    return summary(tally, progress, exitCodeFor(cause), options.timings);
  }
  return summary(tally, progress, tally.status, options.timings);
}

function addTimings(tally: Tally, timings: StageTimings): void {
  tally.timed++;
  for (const [stage, ms] of Object.entries(timings) as [PipelineStage, number][]) tally.stages[stage] = (tally.stages[stage] ?? 0) + ms;
}

async function openOutputs(options: ExportOptions, perArticle: boolean): Promise<Outputs> {
  const streams: Outputs['streams'] = [];
  try {
    if (options.nquads !== undefined) streams.push({ format: 'nquads', stream: await GraphStream.open(options.nquads, 'nquads') });
    if (options.trig !== undefined) streams.push({ format: 'trig', stream: await GraphStream.open(options.trig, 'trig') });
    const errors = options.errors !== undefined ? await ErrorReport.open(options.errors) : undefined;
    return { perArticle, streams, errors, stems: new OutputStems(), linker: new CorpusLinker(options.base) };
  } catch (error) {
    await Promise.all(streams.map(({ stream }) => stream.abort()));
    throw error;
  }
}

/** --date applies to every article, over what the text or a record says. */
async function* withDate(sources: AsyncIterable<SourceItem>, date: string | undefined): AsyncGenerator<SourceItem> {
  for await (const item of sources) {
    if (date && item.ok) item.input.hints = mergeHints(item.input.hints, hintsFrom({ datePublished: date }, 'option'));
    yield item;
  }
}

async function writeArticle(item: SourceArticle, outcome: ArticleDone, outputs: Outputs, options: ExportOptions, tally: Tally, progress: Progress): Promise<void> {
  const label = where(item);
  tally.warnings += outcome.warnings;
  const invalid = outcome.violations > 0;
  // On a terminal the progress line stands in for the per-article log; problems are still shown.
  if (outcome.reportText && !options.quiet && (invalid || !progress.enabled)) progress.log(`${label}:\n${outcome.reportText}`);
  const files: OutputFile[] = [];
  const stem = outputs.perArticle ? join(options.out, outputs.stems.take(item)) : '';
  const writeGraph = !invalid || options.keepInvalid;
  if (outputs.perArticle) {
    if (writeGraph) for (const format of options.format) files.push({ path: `${stem}.${FILE_EXTENSIONS[format]}`, content: outcome.serialized[format]! });
    if (outcome.reportTurtle !== undefined) files.push({ path: `${stem}.validation.ttl`, content: outcome.reportTurtle });
  }
  try {
    await writeOutputs(files);
    if (writeGraph) for (const { format, stream } of outputs.streams) await stream.writeGraph(outcome.serialized[format]!);
  } catch (error) {
    await recordFailure(item, failureOf(error, 'write'), outputs, tally, progress);
    throw new ReportedFailure(error);
  }
  if (invalid) {
    const message = `${outcome.violations} violation(s)${options.keepInvalid ? '' : ', graph not written'}`;
    await recordFailure(item, { stage: 'validate', code: 'VALIDATION_FAILED', message, line: `VALIDATION_FAILED: ${message}`, located: false }, outputs, tally, progress);
    return;
  }
  tally.exported++;
  tally.triples += outcome.triples;
  outputs.linker.add(outcome.summary);
  if (!options.quiet && !progress.enabled) {
    const written = [...files.map((f) => f.path), ...outputs.streams.map(({ stream }) => stream.path)];
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
  if (outputs.perArticle) await writeOutputs([{ path: join(options.out, `${LINKS_STEM}.trig`), content: await serialize(ordered, 'trig', { base: options.base }) }]);
  tally.triples += links.quads.length;
}

/** A fatal error already printed and recorded against its article. */
class ReportedFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('reported');
  }
}

type Failure = Pick<ErrorRecord, 'stage' | 'code' | 'message'> & { line: string; located: boolean };

function failureOf(error: unknown, stage: ErrorRecord['stage']): Failure {
  return {
    stage,
    code: isNewskgError(error) ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
    line: describeError(error),
    located: isNewskgError(error) && error.location.source !== undefined,
  };
}

async function recordReadFailure(item: SourceFailure, outputs: Outputs, tally: Tally, progress: Progress): Promise<void> {
  await recordFailure(item, failureOf(item.error, 'read'), outputs, tally, progress);
}

async function recordFailure(item: SourceItem, failure: Failure, outputs: Outputs, tally: Tally, progress: Progress): Promise<void> {
  tally.failed++;
  const status = failure.code === 'VALIDATION_FAILED' ? EXIT.VIOLATIONS : failure.code === 'INTERNAL' ? EXIT.FAILURE : EXIT.INPUT_FAILED;
  tally.status = Math.max(tally.status, status);
  progress.log(`error: ${failure.located ? failure.line : `${where(item)}: ${failure.line}`}`);
  const record: ErrorRecord = { id: item.id, file: item.file, stage: failure.stage, code: failure.code, message: failure.message };
  if (item.line !== undefined) record.line = item.line;
  await outputs.errors?.add(record);
}

function summary(tally: Tally, progress: Progress, code: number, timings = false): number {
  progress.finish();
  console.error(`newskg: ${tally.exported} article(s) exported, ${tally.triples} triples, ${tally.warnings} warning(s), ${tally.failed} failed`);
  if (timings) {
    const stages = (['ingest', 'extract', 'model', 'validate', 'serialize'] as const).map((stage) => `${stage} ${((tally.stages[stage] ?? 0) / Math.max(1, tally.timed)).toFixed(2)}`);
    // Both cover the whole process: worker threads, V8's helper threads and start-up included.
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    console.error(`newskg: timings (ms per article, ${tally.timed} timed): ${stages.join(', ')}; peak RSS ${Math.round(usage.maxRSS / 1024)} MB; CPU ${cpuSeconds.toFixed(2)} s`);
  }
  return code;
}

/** How an item is named in messages: its file, and the line for a JSON Lines record. */
function where(item: SourceItem): string {
  return item.line === undefined ? item.file : `${item.file}:${item.line}`;
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

/**
 * Output file stems: a file's name without its extension, a JSON Lines record's id made safe
 * for a file name; a name taken twice gets -2, -3... so nothing is overwritten.
 */
class OutputStems {
  private readonly used = new Set<string>([LINKS_STEM]);

  take(item: SourceItem): string {
    const base = item.line !== undefined ? safeName(item.id) : item.file === '-' ? 'stdin' : basename(item.file, extname(item.file)) || 'article';
    let stem = base;
    for (let n = 2; this.used.has(stem); n++) stem = `${base}-${n}`;
    this.used.add(stem);
    return stem;
  }
}

function safeName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return name || 'article';
}
