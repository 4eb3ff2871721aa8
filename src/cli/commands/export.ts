import { Command, Option } from 'commander';
import { basename, extname, join } from 'node:path';
import { DEFAULT_DATA_BASE } from '../../core/vocab.js';
import { isNewskgError } from '../../core/errors.js';
import { readArticleInput } from '../input.js';
import { runArticle } from '../../pipeline.js';
import { FILE_EXTENSIONS } from '../../serialize/index.js';
import type { OutputFormat } from '../../serialize/index.js';
import { writeOutputs } from '../../sinks/index.js';
import type { OutputFile } from '../../sinks/index.js';
import { formatReport, reportToTurtle } from '../../validate/index.js';
import { EXIT, describeError, exitCodeFor } from '../exit.js';
import { parseBase, parseDate, parseFormats } from '../options.js';

interface ExportOptions {
  out: string;
  format: OutputFormat[];
  base: string;
  date?: string;
  report: boolean;
  keepInvalid: boolean;
  quiet: boolean;
}

export function exportCommand(): Command {
  return new Command('export')
    .description('Export news articles (plain text) as a SHACL-validated knowledge graph, one set of files per article')
    .argument('<files...>', 'article files (UTF-8 plain text); "-" reads standard input')
    .option('-o, --out <dir>', 'output directory', 'output')
    .addOption(new Option('-f, --format <list>', 'comma-separated formats: turtle, jsonld, nquads, trig').default(['turtle', 'jsonld'], 'turtle,jsonld').argParser(parseFormats))
    .option('--base <iri>', 'namespace for the IRIs of articles, actors, statements and events', parseBase, DEFAULT_DATA_BASE)
    .option('--date <YYYY-MM-DD>', 'publication date, when the article does not print one (resolves "last week", "in July"...)', parseDate)
    .option('--report', 'also write the SHACL validation report as <name>.validation.ttl', false)
    .option('--keep-invalid', 'write the graph files even when the graph has violations', false)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .addHelpText(
      'after',
      `
Examples:
  $ newskg export samples/nato-russia-missile-row.txt -o output
  $ newskg export articles/*.txt -o out --format turtle,nquads --date 2011-07-10 --base https://example.org/news/

Exit status: 0 all exported; 1 some graph has SHACL violations (warnings never fail);
2 some input could not be read (the others are still exported); 3 output could not be written.`,
    )
    .action(async (files: string[], options: ExportOptions) => {
      process.exitCode = await runExport(files, options);
    });
}

async function runExport(files: string[], options: ExportOptions): Promise<number> {
  const stems = new OutputStems();
  const failures: string[] = [];
  let exported = 0;
  let triples = 0;
  let warnings = 0;
  let violating = 0;
  for (const file of files) {
    try {
      const input = await readArticleInput(file);
      const result = await runArticle(input, {
        base: options.base,
        formats: options.format,
        ...(options.date ? { referenceDate: options.date } : {}),
      });
      const { validation } = result;
      const stem = join(options.out, stems.take(file));
      const outputs: OutputFile[] = [];
      const violations = validation.results.filter((r) => r.severity === 'Violation').length;
      warnings += validation.results.length - violations;
      if (validation.results.length && !options.quiet) console.error(`${file}:\n${formatReport(validation)}`);
      if (violations === 0 || options.keepInvalid) {
        for (const format of options.format) outputs.push({ path: `${stem}.${FILE_EXTENSIONS[format]}`, content: result.serialized[format]! });
      }
      if (options.report) outputs.push({ path: `${stem}.validation.ttl`, content: reportToTurtle(validation) });
      await writeOutputs(outputs);
      if (violations > 0) {
        violating++;
        failures.push(`${file}: VALIDATION_FAILED: ${violations} violation(s)${options.keepInvalid ? '' : ', graph not written'}`);
        continue;
      }
      exported++;
      triples += result.quads.length;
      if (!options.quiet) console.error(`${file} -> ${outputs.map((o) => o.path).join(', ')} (${result.quads.length} triples)`);
    } catch (error) {
      const line = describeError(error);
      failures.push(isNewskgError(error) && error.location.source ? line : `${file}: ${line}`);
      if (exitCodeFor(error) === EXIT.FAILURE) return reportSummary(failures, exported, triples, warnings, EXIT.FAILURE);
    }
  }
  const inputFailed = failures.length > violating;
  return reportSummary(failures, exported, triples, warnings, inputFailed ? EXIT.INPUT_FAILED : violating ? EXIT.VIOLATIONS : EXIT.OK);
}

function reportSummary(failures: string[], exported: number, triples: number, warnings: number, code: number): number {
  for (const failure of failures) console.error(`error: ${failure}`);
  console.error(
    `newskg: ${exported} article(s) exported, ${triples} triples, ${warnings} warning(s), ${failures.length} failed`,
  );
  return code;
}

/** Output file stems from input names; two inputs with the same name get -2, -3... so nothing is overwritten. */
class OutputStems {
  private readonly used = new Set<string>();

  take(file: string): string {
    const base = file === '-' ? 'stdin' : basename(file, extname(file)) || 'article';
    let stem = base;
    for (let n = 2; this.used.has(stem); n++) stem = `${base}-${n}`;
    this.used.add(stem);
    return stem;
  }
}
