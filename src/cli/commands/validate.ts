import { Command } from 'commander';
import { isNewskgError } from '../../core/errors.js';
import { readRdfFile } from '../../sources/rdf-files.js';
import { parseRdf } from '../../graph/index.js';
import { writeOutputs } from '../../sinks/index.js';
import { formatReport, loadShapes, reportToTurtle, validateGraph } from '../../validate/index.js';
import { EXIT, describeError } from '../exit.js';

interface ValidateOptions {
  shapes?: string;
  report?: string;
  quiet: boolean;
}

export function validateCommand(): Command {
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
2 some file could not be read or parsed; 3 the shapes could not be loaded.`,
    )
    .action(async (files: string[], options: ValidateOptions) => {
      process.exitCode = await runValidate(files, options);
    });
}

async function runValidate(files: string[], options: ValidateOptions): Promise<number> {
  const shapes = options.shapes ? await loadShapes(options.shapes) : undefined;
  let unreadable = 0;
  let violating = 0;
  const reports: string[] = [];
  for (const file of files) {
    try {
      const { text, format } = await readRdfFile(file);
      const quads = await parseRdf(text, format, file);
      const outcome = await validateGraph(quads, shapes ? { shapes } : {});
      const violations = outcome.results.filter((r) => r.severity === 'Violation').length;
      if (violations) violating++;
      if (options.report) reports.push(reportToTurtle(outcome));
      const shown = options.quiet ? { ...outcome, results: outcome.results.filter((r) => r.severity === 'Violation') } : outcome;
      if (shown.results.length) console.log(`${file}:\n${formatReport(shown)}`);
      console.log(`${file}: ${violations ? 'does not conform' : 'conforms'} (${quads.length} triples, ${violations} violation(s), ${outcome.results.length - violations} warning(s))`);
    } catch (error) {
      unreadable++;
      const line = describeError(error);
      console.error(`error: ${isNewskgError(error) && error.location.source ? line : `${file}: ${line}`}`);
    }
  }
  if (options.report) await writeOutputs([{ path: options.report, content: reports.join('\n') }]);
  return unreadable ? EXIT.INPUT_FAILED : violating ? EXIT.VIOLATIONS : EXIT.OK;
}
