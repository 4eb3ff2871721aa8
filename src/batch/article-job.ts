import { isNewskgError } from '../core/errors.js';
import type { Diagnostic, ErrorCode } from '../core/errors.js';
import { withOptionHints } from '../core/hints.js';
import { runArticle } from '../pipeline.js';
import type { ArticleInput, PipelineStage, StageTimings } from '../pipeline.js';
import { formatReport, reportToTurtle } from '../validate/index.js';
import { describeError } from '../core/errors.js';
import { LinksTable } from '../links/index.js';
import type { LinkEntry } from '../links/index.js';
import { summarizeArticle } from '../corpus/index.js';
import type { ArticleOutcome, ArticleWarning, ErrorStage, JobSettings } from './types.js';

const STAGES: readonly PipelineStage[] = ['ingest', 'extract', 'model', 'validate', 'serialize'];

/**
 * One article through runArticle, turned into plain data that can cross a worker boundary.
 * Never throws: a failure is an outcome naming the stage it happened in.
 */
export async function processArticle(input: ArticleInput, settings: JobSettings): Promise<ArticleOutcome> {
  const timings: StageTimings = {};
  try {
    const links = linksTableFor(settings);
    // UTF-8 bytes: a worker moves them to the main thread as they are, and the file and stream writers take bytes.
    const result = await runArticle(withOptionHints(input, settings.date ? { datePublished: settings.date } : {}), {
      base: settings.base,
      formats: settings.serialize,
      timings,
      serializeTo: 'bytes',
      ...(links ? { links } : {}),
      ...(settings.minConfidence !== undefined ? { minConfidence: settings.minConfidence } : {}),
      ...(settings.profile ? { profile: settings.profile } : {}),
    });
    const { validation } = result;
    const violations = validation.results.filter((r) => r.severity === 'Violation').length;
    const notes = articleWarnings(result.doc.diagnostics, input.source.name);
    return {
      ok: true,
      triples: result.quads.length,
      violations,
      warnings: validation.results.length - violations + notes.length,
      ...(validation.results.length ? { reportText: formatReport(validation) } : {}),
      ...(notes.length ? { notes } : {}),
      ...(settings.files && settings.report ? { reportTurtle: reportToTurtle(validation) } : {}),
      serialized: result.serialized,
      summary: summarizeArticle(result.model),
      timings,
    };
  } catch (error) {
    const code: ErrorCode = isNewskgError(error) ? error.code : 'INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    const located = isNewskgError(error) && error.location.source !== undefined;
    return { ok: false, stage: failedStage(timings), code, message, line: describeError(error), located, timings };
  }
}

/** The warnings of ingest as the CLI shows them: the message without the source name it may start with (the CLI names the article). */
function articleWarnings(diagnostics: readonly Diagnostic[], sourceName: string): ArticleWarning[] {
  const named = `${sourceName}: `;
  return diagnostics
    .filter((d) => d.level === 'warning')
    .map(({ code, message }) => ({ code, message: message.startsWith(named) ? message.slice(named.length) : message }));
}

// Settings are the same for every job of a run: build the lookup table once per thread.
let cachedLinks: { entries: readonly LinkEntry[]; table: LinksTable } | undefined;

function linksTableFor(settings: JobSettings): LinksTable | undefined {
  if (!settings.links?.length) return undefined;
  if (cachedLinks?.entries !== settings.links) cachedLinks = { entries: settings.links, table: new LinksTable(settings.links) };
  return cachedLinks.table;
}

/** The first stage that did not complete; building the model counts as extraction in the report. */
function failedStage(timings: StageTimings): ErrorStage {
  const stage = STAGES.find((s) => timings[s] === undefined) ?? 'serialize';
  return stage === 'model' ? 'extract' : stage;
}
