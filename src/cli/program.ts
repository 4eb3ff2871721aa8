import { Command } from 'commander';
import { packageInfo } from '../core/paths.js';
import { exportCommand } from './commands/export.js';
import { validateCommand } from './commands/validate.js';

/** The command table: each command is a thin layer over the pipeline stages. */
export function buildProgram(): Command {
  return new Command('newskg')
    .description('Turn news articles and op-eds into a SHACL-validated knowledge graph (Turtle, JSON-LD, N-Quads, TriG)')
    .version(packageInfo().version)
    .showHelpAfterError()
    .addCommand(exportCommand())
    .addCommand(validateCommand())
    .addHelpText('after', '\nExample:\n  $ newskg export samples/nato-russia-missile-row.txt -o output\n');
}
