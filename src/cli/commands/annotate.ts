import { Command, Option } from 'commander';
import { minConfidenceOption } from '../options.js';
import type { AnnotateOptions } from '../run/annotate.js';
import type { CliRun } from '../io.js';

export function annotateCommand(run: CliRun): Command {
  return new Command('annotate')
    .description('Write the extraction of each JSON Lines record (entities, statements, time expressions) in the evaluation format')
    .argument('<in.jsonl>', 'records with id and text (optional: publication_date or dct, title, author, publisher)')
    .option('-o, --out <file>', 'write predictions here (default: standard output)')
    .option('-q, --quiet', 'no summary line', false)
    .addOption(minConfidenceOption())
    .addOption(
      new Option('--raw-confidence', "write the extractors' uncalibrated scores and leave nothing out (for fitting the calibration)")
        .default(false)
        .hideHelp(),
    )
    .addHelpText(
      'after',
      `
Offsets are JavaScript string indices into each record's text, exactly as given. What annotate finds is
what export puts in the graph: both are projections of one extraction.

Examples:
  $ newskg annotate corpus.jsonl -o predictions.jsonl
  $ node ../shared/eval/score.mjs --gold corpus.jsonl --pred predictions.jsonl`,
    )
    .action(async (file: string, options: AnnotateOptions) => {
      const { runAnnotate } = await import('../run/annotate.js');
      run.exitCode = await runAnnotate(file, options, run.host);
    });
}
