import { hintsFrom, mergeHints } from '../../ingest/index.js';
import { buildMarkup, markupToHtml, markupToJson } from '../../markup/index.js';
import { runArticle } from '../../pipeline.js';
import { writeDocument } from '../../sinks/index.js';
import type { MarkupCommandOptions } from '../commands/markup.js';
import { EXIT } from '../exit.js';
import { readArticleInput } from '../input.js';

export async function runMarkup(file: string, options: MarkupCommandOptions): Promise<number> {
  const input = await readArticleInput(file);
  const given = hintsFrom({ ...(options.date ? { datePublished: options.date } : {}), ...(options.url ? { url: options.url } : {}) }, 'option');
  input.hints = mergeHints(input.hints, given);
  const { model } = await runArticle(input, { base: options.base, formats: [] });
  const { markup, warnings } = buildMarkup(model, { claims: options.claims });
  const text = options.html ? markupToHtml(markup) : markupToJson(markup);
  if (!options.quiet) for (const warning of warnings) console.error(`warning: ${file}: ${warning.message}`);
  await writeDocument(options.out ?? '-', text);
  return EXIT.OK;
}
