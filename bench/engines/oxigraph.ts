/**
 * Host side of bench/engines/oxigraph-worker.ts: loads the data once, runs queries with a
 * timeout; a query past its timeout kills the worker and the next one reloads the data.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OxigraphReply, OxigraphRequest } from './oxigraph-worker.js';

export interface OxigraphAnswer {
  /** Seconds of each timed run; empty when the query timed out. */
  seconds: number[];
  /** SPARQL JSON results of the last run. */
  output: string;
  timedOut: boolean;
}

export class OxigraphEngine {
  #worker: ChildProcess | undefined;
  readonly #files: string[];

  constructor(files: string[]) {
    this.#files = files;
  }

  /** Loads the files into a new worker; resolves with the quads in the store and the seconds it took. */
  async load(): Promise<{ quads: number; seconds: number }> {
    // the worker is TypeScript, run through tsx like the bench itself
    this.#worker = fork(fileURLToPath(new URL('./oxigraph-worker.ts', import.meta.url)), { execArgv: ['--import', 'tsx'] });
    const reply = await this.#ask({ kind: 'load', files: this.#files }, Infinity);
    if (reply?.kind !== 'loaded') throw new Error(reply?.kind === 'failed' ? reply.message : 'the Oxigraph worker stopped while loading');
    return reply;
  }

  async query(query: string, warmups: number, runs: number, timeoutMs: number): Promise<OxigraphAnswer> {
    if (!this.#worker) await this.load();
    const reply = await this.#ask({ kind: 'query', query, warmups, runs }, timeoutMs);
    if (reply === undefined) {
      await this.close();
      return { seconds: [], output: '', timedOut: true };
    }
    if (reply.kind !== 'answered') throw new Error(reply.kind === 'failed' ? reply.message : 'unexpected reply');
    return { ...reply, timedOut: false };
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGKILL');
      await exited;
    }
  }

  /** The worker's reply, or undefined when it did not come within `timeoutMs`. */
  #ask(request: OxigraphRequest, timeoutMs: number): Promise<OxigraphReply | undefined> {
    const worker = this.#worker!;
    return new Promise((resolve, reject) => {
      const timer = Number.isFinite(timeoutMs) ? setTimeout(() => done(undefined), timeoutMs) : undefined;
      const onMessage = (reply: OxigraphReply) => done(reply);
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        reject(new Error(`the Oxigraph worker exited with ${code ?? signal}`));
      };
      function cleanup() {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      }
      function done(reply: OxigraphReply | undefined) {
        cleanup();
        resolve(reply);
      }
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.send(request);
    });
  }
}
