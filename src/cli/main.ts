#!/usr/bin/env node
import './engine.js';
import { runProgram } from './program.js';
import { processHost } from './io.js';
import { installInterruptHandlers } from './interrupt.js';

// `newskg query ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

installInterruptHandlers();
process.exitCode = await runProgram(process.argv, processHost());
