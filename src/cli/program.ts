import { Command } from 'commander';
import { packageInfo } from '../core/paths.js';
import { printable } from '../core/printable.js';
import { redactUserinfo } from '../store/redact.js';
import { annotateCommand } from './commands/annotate.js';
import { enqueueCommand } from './commands/enqueue.js';
import { exportCommand } from './commands/export.js';
import { loadCommand } from './commands/load.js';
import { markupCommand } from './commands/markup.js';
import { queryCommand } from './commands/query.js';
import { queueCommand } from './commands/queue.js';
import { validateCommand } from './commands/validate.js';
import { viewCommand } from './commands/view.js';
import { workerCommand } from './commands/worker.js';

/** The command table: each command is a thin layer over the pipeline stages. */
export function buildProgram(): Command {
  const program = new Command('newskg')
    .description('Turn news articles and op-eds into a SHACL-validated knowledge graph (Turtle, JSON-LD, N-Quads, TriG)')
    .version(packageInfo().version)
    .showHelpAfterError()
    .addCommand(exportCommand())
    .addCommand(validateCommand())
    .addCommand(annotateCommand())
    .addCommand(queryCommand())
    .addCommand(markupCommand())
    .addCommand(loadCommand())
    .addCommand(enqueueCommand())
    .addCommand(workerCommand())
    .addCommand(queueCommand())
    .addCommand(viewCommand())
    .addHelpText('after', '\nExample:\n  $ newskg export samples/nato-russia-missile-row.txt -o output\n');
  // Usage errors quote the argument given ("argument 'ftp://alice:S3cr3t@host/x' is invalid"): user-info is
  // cut and control characters escaped before anything reaches the terminal.
  const output = { writeErr: (text: string) => process.stderr.write(printable(redactUserinfo(text), { multiline: true })) };
  for (const command of [program, ...program.commands]) command.configureOutput(output);
  return program;
}
