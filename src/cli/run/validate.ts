import { NewskgError, isNewskgError } from '../../core/errors.js';
import { printable } from '../../core/printable.js';
import { readRdfFile } from '../../sources/rdf-files.js';
import { parseRdf } from '../../graph/index.js';
import { openTextStream } from '../../sinks/index.js';
import { formatReport, loadShapes, reportToTurtle, validateDataset } from '../../validate/index.js';
import { describeError } from '../../core/errors.js';
import { EXIT } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';

export interface ValidateOptions {
  shapes?: string;
  report?: string;
  quiet: boolean;
}

export async function runValidate(files: string[], options: ValidateOptions, host: CliHost): Promise<number> {
  const shapes = options.shapes ? await loadShapes(options.shapes) : undefined;
  // Opened first: a report path that cannot be written fails before any file is read.
  const report = options.report !== undefined ? await openTextStream(options.report, { stdout: host.stdout }) : undefined;
  let unreadable = 0;
  let violating = 0;
  const reports: string[] = [];
  for (const file of files) {
    try {
      const { text, format } = await readRdfFile(file);
      const quads = await parseRdf(text, format, file);
      // "conforms (0 triples)" would pass an empty or truncated export as valid.
      if (quads.length === 0)
        throw new NewskgError('INPUT_EMPTY', 'holds no triples: nothing to validate (is it an empty or truncated export?)', {
          source: file,
        });
      const outcome = validateDataset(quads, shapes ? { shapes } : {});
      const violations = outcome.results.filter((r) => r.severity === 'Violation').length;
      if (violations) violating++;
      if (options.report) reports.push(reportToTurtle(outcome));
      const shown = options.quiet ? { ...outcome, results: outcome.results.filter((r) => r.severity === 'Violation') } : outcome;
      if (shown.results.length) printLine(host.stdout, printable(`${file}:\n${formatReport(shown)}`, { multiline: true }));
      const graphs = outcome.graphs > 1 ? ` in ${outcome.graphs} graphs, each validated on its own` : '';
      printLine(
        host.stdout,
        `${printable(file)}: ${violations ? 'does not conform' : 'conforms'} (${quads.length} triples${graphs}, ${violations} violation(s), ${outcome.results.length - violations} warning(s))`,
      );
    } catch (error) {
      unreadable++;
      const line = describeError(error);
      printLine(host.stderr, `error: ${isNewskgError(error) && error.location.source ? line : `${printable(file)}: ${line}`}`);
    }
  }
  if (report) {
    try {
      await report.write(reports.join('\n'));
      await report.commit();
    } catch (error) {
      await report.abort();
      throw error;
    }
  }
  return unreadable ? EXIT.INPUT_FAILED : violating ? EXIT.VIOLATIONS : EXIT.OK;
}
