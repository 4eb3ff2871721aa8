import { Command } from 'commander';
import { DEFAULT_DATA_BASE } from '../../core/vocab.js';
// The leaf module, not src/markup/index.ts: defining the command must not load the pipeline.
import { DEFAULT_CLAIM_LIMIT } from '../../markup/build.js';
import { parseBase, parseDate, parseUrl, wholeNumber } from '../options.js';
import type { MarkupCommandOptions } from '../run/markup.js';
import type { CliRun } from '../io.js';

export function markupCommand(run: CliRun): Command {
  return new Command('markup')
    .description(
      "Write an article's schema.org JSON-LD for publishers (NewsArticle, author, publisher, mentions, claims), built from the same model as the graph",
    )
    .argument('<article>', 'article file (plain text, a saved HTML page, or a JSON Lines file of one record); "-" reads standard input')
    .option('--html', 'wrap the JSON-LD in <script type="application/ld+json"> ready to paste into a page', false)
    .option('--date <YYYY-MM-DD>', 'publication date, when the article prints none (never guessed)', parseDate)
    .option('--url <url>', 'canonical URL of the article (becomes its @id and url)', (value) => parseUrl(value).href)
    .option('--base <iri>', 'namespace of the article IRI when no URL is known (as in export)', parseBase, DEFAULT_DATA_BASE)
    .option('--claims <n>', 'at most this many schema:Claim items for named speakers (0: none)', wholeNumber(0), DEFAULT_CLAIM_LIMIT)
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('-q, --quiet', 'do not print the missing-recommendation warnings', false)
    .addHelpText(
      'after',
      `
Only what the article says goes in: no date, image or author URL is invented. Google's Article
recommendations that cannot be met (image, dateModified, author.url...) are printed as warnings.

Examples:
  $ newskg markup samples/nato-russia-missile-row.txt --html
  $ newskg markup article.txt --date 2024-03-12 --url https://example.org/news/fish-talks -o markup.jsonld`,
    )
    .action(async (file: string, options: MarkupCommandOptions) => {
      const { runMarkup } = await import('../run/markup.js');
      run.exitCode = await runMarkup(file, options, run.host);
    });
}
