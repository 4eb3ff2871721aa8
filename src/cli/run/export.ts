import { statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { isNewskgError } from '../../core/errors.js';
import { hintsFrom, mergeHints } from '../../ingest/hints.js';
import { FILE_EXTENSIONS } from '../../serialize/formats.js';
import { GraphStream, checkFolder, writeOutputs } from '../../sinks/index.js';
import type { OutputFile } from '../../sinks/index.js';
import { readSources } from '../../sources/index.js';
import type { InputFormat, SourceArticle, SourceFailure, SourceItem } from '../../sources/types.js';
import { ErrorReport, runCorpus } from '../../batch/index.js';
import { readLinksTable } from '../../links/index.js';
import type { ArticleDone, ErrorRecord, JobSettings } from '../../batch/index.js';
import type { PipelineStage, StageTimings } from '../../pipeline.js';
import type { ExportOptions } from '../commands/export.js';
import { EXIT, describeError, exitCodeFor } from '../exit.js';
import { onInterrupt } from '../interrupt.js';
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
}

export async function runExport(inputs: string[], options: ExportOptions, perArticle: boolean): Promise<number> {
  const tally: Tally = { stages: {}, timed: 0, exported: 0, triples: 0, warnings: 0, failed: 0, status: EXIT.OK };
  const progress = new Progress({
    stream: process.stderr,
    enabled: !options.quiet && process.stderr.isTTY === true,
    ...knownTotal(inputs, options.inputFormat),
  });
  let outputs: Outputs | undefined;
  // Ctrl-C or SIGTERM: temp files are removed (interrupt.ts) and the summary says what was written.
  const forget = onInterrupt((signal) => {
    progress.finish();
    console.error(`newskg: interrupted by ${signal}; ${summaryLine(tally)}${outputs?.streams.length ? ' (the corpus stream was not written)' : ''}`);
  });
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
  } finally {
    forget();
  }
  return summary(tally, progress, tally.status, options.timings);
}

function addTimings(tally: Tally, timings: StageTimings): void {
  tally.timed++;
  for (const [stage, ms] of Object.entries(timings) as [PipelineStage, number][]) tally.stages[stage] = (tally.stages[stage] ?? 0) + ms;
}

/** Every output is opened (or its folder checked) before the first article, so one that cannot be written fails the run at once. */
async function openOutputs(options: ExportOptions, perArticle: boolean): Promise<Outputs> {
  const streams: Outputs['streams'] = [];
  try {
    if (options.nquads !== undefined) streams.push({ format: 'nquads', stream: await GraphStream.open(options.nquads, 'nquads') });
    if (options.trig !== undefined) streams.push({ format: 'trig', stream: await GraphStream.open(options.trig, 'trig') });
    const errors = options.errors !== undefined ? await ErrorReport.open(options.errors) : undefined;
    if (perArticle) await checkFolder(options.out);
    const taken = [options.nquads, options.trig, options.errors].filter((path): path is string => path !== undefined && path !== '-');
    return { perArticle, streams, errors, stems: new OutputStems(options.out, taken) };
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
  if (!options.quiet) for (const note of outcome.notes ?? []) progress.log(`warning: ${label}: ${note}`);
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
  if (!options.quiet && !progress.enabled) {
    const written = [...files.map((f) => f.path), ...outputs.streams.map(({ stream }) => stream.path)];
    progress.log(`${label} -> ${written.join(', ')} (${outcome.triples} triples)`);
  }
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
  const status = failure.code === 'VALIDATION_FAILED' ? EXIT.VIOLATIONS : failure.code === 'INTERNAL' ? EXIT.INTERNAL : EXIT.INPUT_FAILED;
  tally.status = Math.max(tally.status, status);
  progress.log(`error: ${failure.located ? failure.line : `${where(item)}: ${failure.line}`}`);
  const record: ErrorRecord = { id: item.id, file: item.file, stage: failure.stage, code: failure.code, message: failure.message };
  if (item.line !== undefined) record.line = item.line;
  await outputs.errors?.add(record);
}

function summaryLine(tally: Tally): string {
  return `${tally.exported} article(s) exported, ${tally.triples} triples, ${tally.warnings} warning(s), ${tally.failed} failed`;
}

function summary(tally: Tally, progress: Progress, code: number, timings = false): number {
  progress.finish();
  console.error(`newskg: ${summaryLine(tally)}`);
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

/** Every file name a stem gives (each format, and the SHACL report): a stem is taken only when all of them are free. */
const STEM_SUFFIXES = [...Object.values(FILE_EXTENSIONS).map((extension) => `.${extension}`), '.validation.ttl'];

/**
 * Output file stems: a file's name without its extension, a JSON Lines record's id made safe
 * for a file name. A stem any of whose files is already taken (by an earlier article, by
 * --nquads, --trig or --errors; compared without case, as macOS and Windows do) gets -2, -3...
 * so nothing is overwritten: the ids "foo" and "foo.validation" never share foo.validation.ttl.
 */
class OutputStems {
  private readonly used = new Set<string>();

  constructor(
    private readonly folder: string,
    taken: readonly string[],
  ) {
    for (const path of taken) this.used.add(comparable(resolve(path)));
  }

  take(item: SourceItem): string {
    const base = item.line !== undefined ? safeName(item.id) : item.file === '-' ? 'stdin' : basename(item.file, extname(item.file)) || 'article';
    let stem = base;
    for (let n = 2; this.files(stem).some((file) => this.used.has(file)); n++) stem = `${base}-${n}`;
    for (const file of this.files(stem)) this.used.add(file);
    return stem;
  }

  private files(stem: string): string[] {
    return STEM_SUFFIXES.map((suffix) => comparable(resolve(this.folder, stem + suffix)));
  }
}

function comparable(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function safeName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return name || 'article';
}
