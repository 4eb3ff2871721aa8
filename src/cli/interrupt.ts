import { removeLiveTemps } from '../sinks/temps.js';
import { EXIT } from './exit.js';

/**
 * SIGINT (Ctrl-C) and SIGTERM: the temp files of the outputs being written are removed, each
 * command says what it had written, and the process exits with 128 + the signal number. Files
 * already renamed into place are complete (sinks place a set of files in one synchronous step,
 * which a signal handler cannot interrupt), so what was written stays usable.
 */

const hooks = new Set<(signal: NodeJS.Signals) => void>();

/** Runs `hook` if the process is interrupted before the returned function is called. */
export function onInterrupt(hook: (signal: NodeJS.Signals) => void): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

export function installInterruptHandlers(): void {
  for (const signal of Object.keys(EXIT.INTERRUPTED) as (keyof typeof EXIT.INTERRUPTED)[]) {
    process.once(signal, () => {
      removeLiveTemps();
      for (const hook of hooks) hook(signal);
      process.exit(EXIT.INTERRUPTED[signal]);
    });
  }
}
