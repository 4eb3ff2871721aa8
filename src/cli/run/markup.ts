import { NewskgError } from '../../core/errors.js';
import { withOptionHints } from '../../core/hints.js';
import { buildMarkup, markupToHtml, markupToJson } from '../../markup/index.js';
import { runArticle, type ArticleInput } from '../../pipeline.js';
import { writeDocument } from '../../sinks/index.js';
import { readSourcesFrom } from '../../sources/index.js';
import { EXIT } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';

export interface MarkupCommandOptions {
  html: boolean;
  date?: string;
  url?: string;
  base: string;
  claims: number;
  out?: string;
  quiet: boolean;
}

export async function runMarkup(file: string, options: MarkupCommandOptions, host: CliHost): Promise<number> {
  const input = withOptionHints(await readOneArticle(file, host), {
    ...(options.date ? { datePublished: options.date } : {}),
    ...(options.url ? { url: options.url } : {}),
  });
  const { model } = await runArticle(input, { base: options.base, formats: [] });
  const { markup, warnings } = buildMarkup(model, { claims: options.claims });
  const text = options.html ? markupToHtml(markup) : markupToJson(markup);
  if (!options.quiet) for (const warning of warnings) printLine(host.stderr, `warning: ${file}: ${warning.code}: ${warning.message}`);
  await writeDocument(options.out ?? '-', text, { stdout: host.stdout });
  return EXIT.OK;
}

/**
 * The article of a file read as export reads it (a saved HTML page through the page reader, a
 * JSON Lines file of one record), since markup describes one article.
 */
async function readOneArticle(file: string, host: CliHost): Promise<ArticleInput> {
  let found: ArticleInput | undefined;
  for await (const item of readSourcesFrom([file], {}, { stdin: host.stdin })) {
    if (!item.ok) throw item.error;
    if (found)
      throw new NewskgError(
        'RECORD_INVALID',
        `${file} holds more than one article; markup describes one: give one file or a JSON Lines file of one record`,
        { source: file },
      );
    found = item.input;
  }
  if (!found) throw new NewskgError('INPUT_EMPTY', `${file} holds no article`, { source: file });
  return found;
}
