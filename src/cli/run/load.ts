import { NewskgError, describeError, isNewskgError } from '../../core/errors.js';
import { printable } from '../../core/printable.js';
import {
  LOAD_STATE_GRAPH,
  isStoreError,
  listRdfFiles,
  loadBlocks,
  readGraphBlocks,
  readLoadState,
  stripCredentials,
} from '../../store/index.js';
import type { LoadState } from '../../store/index.js';
import type { StoreOptions } from '../store-options.js';
import { EXIT } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';
import { LoadProgress } from './load-progress.js';
import { storeFailure, storeTarget, virtuosoGraphStoreOf } from './store-target.js';
import type { StoreTarget } from './store-target.js';

export interface LoadOptions extends StoreOptions {
  endpoint: URL;
  quiet: boolean;
  parallel: number;
  sync: boolean;
  force: boolean;
}

export async function runLoad(inputs: string[], options: LoadOptions, host: CliHost): Promise<number> {
  const stateStore = stateStoreUrl(options);
  if (options.sync && stateStore === undefined) {
    throw new NewskgError(
      'OPTION_INVALID',
      '--sync needs to read what newskg loaded before: give --graph-store (the Graph Store service of the same store) with --protocol update',
    );
  }
  const progress = new LoadProgress({ stream: host.stderr, quiet: options.quiet });
  const store = storeTarget(options, host.env, (line) => {
    if (!options.quiet) progress.log(line);
  });
  const failures: string[] = [];
  const inputFailed = (file: string, error: unknown): void => {
    const line = describeError(error);
    failures.push(isNewskgError(error) && error.location.source ? line : `${file}: ${line}`);
  };

  const files: string[] = [];
  for (const input of inputs) {
    try {
      for (const file of await listRdfFiles([input])) files.push(file);
    } catch (error) {
      failures.push(describeError(error));
    }
  }

  let state: LoadState | undefined;
  if (stateStore !== undefined) {
    try {
      state = await readLoadState(stateStore, store.client);
    } catch (error) {
      if (!isStoreError(error)) throw error;
      const why =
        error.failure === 'http'
          ? `cannot read what newskg loaded before (graph <${LOAD_STATE_GRAPH}>): ${error.message}`
          : storeFailure(error, options, store.credentials);
      return finish(store, options, progress, host, [...failures, why], undefined, failures.length);
    }
  }
  const result = await loadBlocks(readGraphBlocks(files, inputFailed), store.target, store.client, {
    parallel: options.parallel,
    ...(state ? { state } : { recordDigests: true }),
    force: options.force,
    sync: options.sync,
    inputsComplete: () => failures.length === 0,
    onGraph: (graph) => progress.graph(`${graph.graph} (${graph.triples} triples)`, graph.triples),
    onUnchanged: () => progress.unchanged(),
    onDropped: (graph) => progress.log(`${graph} dropped`),
    onResent: (graphs, kept, sent) =>
      progress.log(
        `warning: the store answered 200 but kept ${kept ?? 'an unknown number'} of the ${sent} triples of a request (${graphs} graph(s)); sent again`,
      ),
  });
  const inputFailures = failures.length;
  if (options.sync && inputFailures)
    failures.push('--sync dropped no graph: some input could not be read, and its graphs would have looked removed');
  for (const { graph, error } of result.failed)
    failures.push(error.failure === 'http' ? `${graph}: ${error.message}` : storeFailure(error, options, store.credentials));
  if (result.skipped.length) failures.push(`${result.skipped.length} more graph(s) not tried after that error`);
  return finish(store, options, progress, host, failures, result, inputFailures);
}

/** Where the load state is read: the Graph Store (GSP, virtuoso), or --graph-store beside an update endpoint. */
function stateStoreUrl(options: LoadOptions): string | undefined {
  if (options.protocol === 'virtuoso') return stripCredentials(virtuosoGraphStoreOf(options)).href;
  if (options.protocol === 'gsp')
    return undefined === options.graphStore ? stripCredentials(options.endpoint).href : stripCredentials(options.graphStore).href;
  return options.graphStore ? stripCredentials(options.graphStore).href : undefined;
}

function finish(
  store: StoreTarget,
  options: LoadOptions,
  progress: LoadProgress,
  host: CliHost,
  failures: string[],
  result: Awaited<ReturnType<typeof loadBlocks>> | undefined,
  inputFailures: number,
): number {
  progress.finish();
  // Messages carry no secret (the client withholds store text that repeats one); user-info is cut by its shape.
  for (const failure of failures) printLine(host.stderr, `error: ${printable(store.redact(failure))}`);
  const loaded = result?.loaded ?? [];
  const triples = loaded.reduce((sum, g) => sum + g.triples, 0);
  const failed = result ? result.failed.length + result.skipped.length : 1;
  const extra = [
    result?.unchanged ? `${result.unchanged} unchanged` : '',
    result?.dropped.length ? `${result.dropped.length} dropped` : '',
  ].filter(Boolean);
  printLine(
    host.stderr,
    `newskg: ${loaded.length} graph(s) loaded into ${store.shown} (${options.protocol}), ${triples} triples, ${extra.map((e) => `${e}, `).join('')}${failed} failed, ${inputFailures} input(s) unreadable`,
  );
  return failed ? EXIT.OUTPUT_FAILED : inputFailures ? EXIT.INPUT_FAILED : EXIT.OK;
}
