import { FILE_EXTENSIONS } from '../serialize/formats.js';
import type { OutputFile } from '../sinks/index.js';
import type { ArticleDone, ArticleSettings } from './types.js';

/** What one processed article writes, the same whether `export` or a queue worker writes it. */
export interface ArticleOutput {
  /** Its per-article files (none without a stem). */
  files: OutputFile[];
  /** Whether its graph goes out at all (corpus streams, a store): not when it has violations, unless keepInvalid. */
  graph: boolean;
  /** The message of its VALIDATION_FAILED record, when the graph has violations. */
  violation?: string;
}

/**
 * The files of an article under `stem` (its path without extension): one per format, and the
 * SHACL report when one was made. A graph with violations is not written unless keepInvalid;
 * its report still is.
 */
export function articleOutput(outcome: ArticleDone, settings: ArticleSettings, stem: string | undefined): ArticleOutput {
  const invalid = outcome.violations > 0;
  const graph = !invalid || settings.keepInvalid;
  const files: OutputFile[] = [];
  if (stem !== undefined) {
    if (graph)
      for (const format of settings.formats)
        files.push({ path: `${stem}.${FILE_EXTENSIONS[format]}`, content: outcome.serialized[format]! });
    if (outcome.reportTurtle !== undefined) files.push({ path: `${stem}.validation.ttl`, content: outcome.reportTurtle });
  }
  if (!invalid) return { files, graph };
  return { files, graph, violation: `${outcome.violations} violation(s)${settings.keepInvalid ? '' : ', graph not written'}` };
}
