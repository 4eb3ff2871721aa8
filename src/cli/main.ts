#!/usr/bin/env node
import { CommanderError } from 'commander';
import type { Command } from 'commander';
import { redactUserinfo } from '../store/redact.js';
import { buildProgram } from './program.js';
import { describeError } from '../core/errors.js';
import { EXIT, exitCodeFor } from './exit.js';
import { installInterruptHandlers } from './interrupt.js';

// `newskg query ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

installInterruptHandlers();
const program = buildProgram();
// Commander's own messages quote bad option values: a URL's user-info is hidden there too.
const guard = (command: Command): void => {
  command.exitOverride().configureOutput({ outputError: (text, write) => write(redactUserinfo(text)) });
  command.commands.forEach(guard);
};
guard(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // help and --version "exit" with code 0; usage errors were already printed by commander
    process.exitCode = error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  } else {
    console.error(`newskg: ${describeError(error)}`);
    process.exitCode = exitCodeFor(error);
  }
}
