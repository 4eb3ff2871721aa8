import { isNewskgError } from '../../core/errors.js';
import { readRdfFile } from '../../sources/rdf-files.js';
import { parseRdf } from '../../graph/index.js';
import { writeOutputs } from '../../sinks/index.js';
import { formatReport, loadShapes, reportToTurtle, validateGraph } from '../../validate/index.js';
import type { ValidateOptions } from '../commands/validate.js';
import { EXIT, describeError } from '../exit.js';

export async function runValidate(files: string[], options: ValidateOptions): Promise<number> {
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
