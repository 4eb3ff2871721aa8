import { Command } from 'commander';
import { projectAnnotations } from '../../annotate/index.js';
import { analyzeArticle } from '../../pipeline.js';
import { openTextStream } from '../../sinks/index.js';
import { EXIT, describeError } from '../exit.js';

interface AnnotateOptions {
  out?: string;
  quiet: boolean;
}

export function annotateCommand(): Command {
  return new Command('annotate')
    .description('Write the extraction of each JSON Lines record (entities, statements, time expressions) in the evaluation format')
    .argument('<in.jsonl>', 'records with id and text (optional: publication_date or dct, title, author, publisher)')
    .option('-o, --out <file>', 'write predictions here (default: standard output)')
    .option('-q, --quiet', 'no summary line', false)
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
      process.exitCode = await runAnnotate(file, options);
    });
}

async function runAnnotate(file: string, options: AnnotateOptions): Promise<number> {
  // Loaded on use: commands import only what they run, which keeps start-up fast.
  const { readSources } = await import('../../sources/index.js');
  const sink = await openTextStream(options.out ?? '-');
  let records = 0;
  let failures = 0;
  let bytes = 0;
  let busy = 0n;
  try {
    for await (const item of readSources([file], { inputFormat: 'jsonl' })) {
      if (!item.ok) {
        failures++;
        console.error(`error: ${describeError(item.error)}`);
        continue;
      }
      const started = process.hrtime.bigint();
      let line: string;
      try {
        const { extraction } = analyzeArticle(item.input);
        line = JSON.stringify(projectAnnotations(item.id, extraction));
      } catch (error) {
        failures++;
        console.error(`error: ${item.id}: ${describeError(error)}`);
        line = JSON.stringify({ id: item.id, entities: [], statements: [], timexes: [] });
      }
      busy += process.hrtime.bigint() - started;
      records++;
      bytes += Buffer.byteLength(item.input.raw, 'utf8');
      await sink.write(line + '\n');
    }
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  if (!options.quiet) {
    const seconds = Number(busy) / 1e9;
    const kb = bytes / 1024;
    console.error(
      `newskg: ${records} record(s) annotated, ${failures} failed; ingest + extraction ${kb.toFixed(0)} KB in ${seconds.toFixed(2)} s = ${(kb / Math.max(seconds, 1e-9)).toFixed(0)} KB/s (one core)`,
    );
  }
  return failures ? EXIT.INPUT_FAILED : EXIT.OK;
}
