import { Command } from 'commander';
import { packageInfo } from '../core/paths.js';
import { annotateCommand } from './commands/annotate.js';
import { exportCommand } from './commands/export.js';
import { loadCommand } from './commands/load.js';
import { markupCommand } from './commands/markup.js';
import { queryCommand } from './commands/query.js';
import { validateCommand } from './commands/validate.js';
import { viewCommand } from './commands/view.js';

/** The command table: each command is a thin layer over the pipeline stages. */
export function buildProgram(): Command {
  return new Command('newskg')
    .description('Turn news articles and op-eds into a SHACL-validated knowledge graph (Turtle, JSON-LD, N-Quads, TriG)')
    .version(packageInfo().version)
    .showHelpAfterError()
    .addCommand(exportCommand())
    .addCommand(validateCommand())
    .addCommand(annotateCommand())
    .addCommand(queryCommand())
    .addCommand(markupCommand())
    .addCommand(loadCommand())
    .addCommand(viewCommand())
    .addHelpText('after', '\nExample:\n  $ newskg export samples/nato-russia-missile-row.txt -o output\n');
}
