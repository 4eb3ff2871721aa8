import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { addArticleReadingOptions } from '../article-options.js';
import { parseJobs } from '../options.js';
import type { ViewOptions } from '../run/view.js';
import type { CliRun } from '../io.js';

export function viewCommand(run: CliRun): Command {
  return addArticleReadingOptions(
    new Command('view')
      .description(
        'Draw articles and their graphs as static HTML pages: highlighted mentions, who said what, a timeline, the actor network',
      )
      .argument(
        '<inputs...>',
        'exported graphs (.ttl .trig .nq .nt .jsonld, or folders of them), or articles (text, HTML, JSON Lines), which are exported first',
      )
      .option('-o, --out <dir>', 'folder for index.html, the article pages (articles/) and their scripts and styles (assets/)', 'view')
      .option(
        '--text <path>',
        'article files or folders the graphs were exported from, to show their text (matched by newskg:contentHash); repeatable',
        (value: string, previous: string[]) => [...previous, value],
        [] as string[],
      ),
  )
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for articles exported first (1: none, all in this process)')
        .default(availableParallelism(), 'the number of cores')
        .argParser(parseJobs),
    )
    .option('-q, --quiet', 'print only errors and the summary (no progress line)', false)
    .addHelpText(
      'after',
      `
Every page is drawn from the exported graph, read back as RDF: an article given as text is
exported first (in memory, with the same options as "export"). The folder needs no network
and no server: open index.html from disk or put the folder on any static host.

A graph holds the text its offsets point into only for HTML inputs (schema:articleBody).
For a plain-text article the page shows the input text when the view is built from it (it
must hash to the graph's newskg:contentHash); a graph read alone shows the passages its
spans quote, unless --text names the article files.

Examples:
  $ newskg view samples/nato-russia-missile-row.txt -o view
  $ newskg view out/*.ttl -o out/view --text articles/
  $ newskg view corpus.nq -o corpus-view

Exit status: 0 every page written; 1 some graph has SHACL violations (articles given as text);
2 some input could not be read or parsed (the others are still drawn); 3 output could not be written.`,
    )
    .action(async (inputs: string[], options: ViewOptions) => {
      const { runView } = await import('../run/view.js');
      run.exitCode = await runView(inputs, options, run.host);
    });
}
