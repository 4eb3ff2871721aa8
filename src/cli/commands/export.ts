import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { addArticleOptions } from '../article-options.js';
import { EXIT } from '../exit.js';
import { parseJobs } from '../options.js';
import type { ExportOptions } from '../run/export.js';
import type { CliRun } from '../io.js';

export function exportCommand(run: CliRun): Command {
  const command = new Command('export')
    .description('Export news articles (plain text, HTML or JSON Lines corpora) as a SHACL-validated knowledge graph')
    .argument('<inputs...>', 'article files, folders, globs or JSON Lines corpora; "-" reads standard input')
    .option('-o, --out <dir>', 'output directory for per-article files', 'output');
  return addArticleOptions(command)
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads (1: none, all in this process)')
        .default(availableParallelism(), 'the number of cores')
        .argParser(parseJobs),
    )
    .option('--nquads <file>', 'write the whole corpus as one N-Quads stream, one named graph per article ("-" for standard output)')
    .option('--trig <file>', 'write the whole corpus as one TriG document, one named graph per article ("-" for standard output)')
    .option('--per-article', 'also write per-article files (-o, --format) next to --nquads/--trig', false)
    .option(
      '--since-manifest <file>',
      'incremental: redo only the articles new or changed since the export that wrote this manifest, remove the files of articles no longer in the input, and update the manifest (per-article files only)',
    )
    .option(
      '--errors <file>',
      'write one JSON line per failed article, {id, file, line, severity: "error", stage, code, message}, and per warning about an exported one (severity "warning")',
    )
    .option('-q, --quiet', 'print only errors and the summary (no progress line)', false)
    .option('--view <dir>', 'also write the view (an HTML page per article and index.html, see "newskg view") to this folder')
    .option('--timings', 'also print the mean time per article of each stage, the peak memory and the CPU time (benchmarks)', false)
    .addHelpText(
      'after',
      `
Without --nquads/--trig every article gets its own files in -o (turtle and jsonld by default);
with them, per-article files are written only on --per-article, -o or --format. Streams and
files are written in input order whatever --jobs, and are byte-identical for any --jobs.
On a terminal a progress line is drawn on standard error.

Examples:
  $ newskg export samples/nato-russia-missile-row.txt -o output
  $ newskg export articles/*.txt -o out --format turtle,nquads --date 2011-07-10 --base https://example.org/news/
  $ newskg export corpus.jsonl --nquads corpus.nq --errors errors.jsonl --jobs 4
  $ newskg export articles/ -o out --view out/view
  $ newskg export corpus.jsonl -o out --since-manifest out/manifest.jsonl

Exit status: 0 all exported; 1 some graph has SHACL violations (warnings never fail);
2 some input could not be read or processed (the others are still exported); 3 output could not be written;
70 internal error; 130/143 interrupted (temp files removed, the summary printed).`,
    )
    .action(async (inputs: string[], options: ExportOptions, command: Command) => {
      const explicit = (name: string) => command.getOptionValueSource(name) === 'cli';
      const streaming = options.nquads !== undefined || options.trig !== undefined;
      const perArticle = !streaming || options.perArticle || explicit('out') || explicit('format');
      if (options.nquads !== undefined && options.nquads === options.trig) {
        command.error(`error: --nquads and --trig cannot both write to ${options.nquads === '-' ? 'standard output' : options.nquads}`, {
          exitCode: EXIT.USAGE,
        });
      }
      if (options.sinceManifest !== undefined && (streaming || options.view !== undefined)) {
        command.error(
          'error: --since-manifest updates per-article files only: a corpus stream or a view would lack the articles not redone (load the folder with "newskg load --sync")',
          { exitCode: EXIT.USAGE },
        );
      }
      // The pipeline, the sources and the sinks are loaded only when an export runs.
      const { runExport } = await import('../run/export.js');
      run.exitCode = await runExport(inputs, options, run.host, { perArticle });
    });
}
