import { Command, CommanderError } from 'commander';
import { describeError } from '../core/errors.js';
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
import { EXIT, exitCodeFor } from './exit.js';
import { printLine } from './io.js';
import type { CliHost, CliRun } from './io.js';

/** The command table: each command is a thin layer over the pipeline stages. Its exit status goes to `run.exitCode`. */
export function buildProgram(run: CliRun): Command {
  const program = new Command('newskg')
    .description('Turn news articles and op-eds into a SHACL-validated knowledge graph (Turtle, JSON-LD, N-Quads, TriG)')
    .version(packageInfo().version)
    .showHelpAfterError()
    .addCommand(exportCommand(run))
    .addCommand(validateCommand(run))
    .addCommand(annotateCommand(run))
    .addCommand(queryCommand(run))
    .addCommand(markupCommand(run))
    .addCommand(loadCommand(run))
    .addCommand(enqueueCommand(run))
    .addCommand(workerCommand(run))
    .addCommand(queueCommand(run))
    .addCommand(viewCommand(run))
    .addHelpText('after', '\nExample:\n  $ newskg export samples/nato-russia-missile-row.txt -o output\n');
  const { stdout, stderr } = run.host;
  // Usage errors quote the argument given ("argument 'ftp://alice:S3cr3t@host/x' is invalid"): user-info is
  // cut and control characters escaped before anything reaches the terminal.
  const output = {
    writeOut: (text: string) => stdout.write(text),
    writeErr: (text: string) => stderr.write(printable(redactUserinfo(text), { multiline: true })),
    // commander's own default, on the host's streams (80 off a terminal)
    getOutHelpWidth: () => (stdout.isTTY && stdout.columns ? stdout.columns : 80),
    getErrHelpWidth: () => (stderr.isTTY && stderr.columns ? stderr.columns : 80),
    // Commander's own messages quote bad option values: a URL's user-info is hidden there too.
    outputError: (text: string, write: (text: string) => void) => write(redactUserinfo(text)),
  };
  // Every command, subcommands included, reports help, --version and usage errors by throwing, not by exiting.
  const guard = (command: Command): void => {
    command.exitOverride().configureOutput(output);
    command.commands.forEach(guard);
  };
  guard(program);
  return program;
}

/** Runs the command line `argv` (as process.argv: node, script, arguments...) on `host`; resolves to the exit status. */
export async function runProgram(argv: readonly string[], host: CliHost): Promise<number> {
  const run: CliRun = { host, exitCode: EXIT.OK };
  try {
    await buildProgram(run).parseAsync([...argv]);
  } catch (error) {
    // help and --version "exit" with code 0; usage errors were already printed by commander
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    printLine(host.stderr, `newskg: ${describeError(error)}`);
    return exitCodeFor(error);
  }
  return run.exitCode;
}
