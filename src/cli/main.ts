#!/usr/bin/env node
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { EXIT, describeError, exitCodeFor } from './exit.js';

const program = buildProgram();
program.exitOverride();
for (const command of program.commands) command.exitOverride();

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
