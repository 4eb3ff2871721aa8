import { Command } from 'commander';
import type { ValidateOptions } from '../run/validate.js';
import type { CliRun } from '../io.js';

export function validateCommand(run: CliRun): Command {
  return new Command('validate')
    .description('Validate RDF files (Turtle, TriG, N-Quads, N-Triples, JSON-LD) against the newskg SHACL shapes')
    .argument('<files...>', 'RDF data files; the format comes from the extension (.ttl .trig .nq .nt .jsonld)')
    .option('--shapes <path>', 'SHACL shapes in Turtle (default: the bundled shapes/newskg.shacl.ttl)')
    .option('--report <file>', 'write the validation report(s) as Turtle to this file')
    .option('-q, --quiet', 'print only violations and the summary', false)
    .addHelpText(
      'after',
      `
Examples:
  $ newskg validate output/nato-russia-missile-row.ttl
  $ newskg validate output/*.jsonld --shapes my-shapes.ttl --report report.ttl

Exit status: 0 every file conforms (warnings allowed); 1 some file has violations;
2 some file could not be read or parsed, holds no triples, or the shapes could not be loaded;
3 the report could not be written. Each named graph is validated on its own, as export validated it.`,
    )
    .action(async (files: string[], options: ValidateOptions) => {
      const { runValidate } = await import('../run/validate.js');
      run.exitCode = await runValidate(files, options, run.host);
    });
}
