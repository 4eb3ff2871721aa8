import { isNewskgError } from '../../core/errors.js';
import { printable } from '../../core/printable.js';
import { listRdfFiles, loadGraphs, readGraphFile } from '../../store/index.js';
import type { GraphBatches } from '../../store/index.js';
import type { StoreOptions } from '../store-options.js';
import { describeError } from '../../core/errors.js';
import { EXIT } from '../exit.js';
import { storeFailure, storeTarget } from './store-target.js';

export interface LoadOptions extends StoreOptions {
  endpoint: URL;
  quiet: boolean;
}

export async function runLoad(inputs: string[], options: LoadOptions): Promise<number> {
  const store = storeTarget(options, (line) => {
    if (!options.quiet) console.error(line);
  });
  const failures: string[] = [];

  const batches: GraphBatches = new Map();
  const files: string[] = [];
  for (const input of inputs) {
    try {
      for (const file of await listRdfFiles([input])) files.push(file);
    } catch (error) {
      failures.push(describeError(error));
    }
  }
  for (const file of files) {
    try {
      await readGraphFile(file, batches);
    } catch (error) {
      const line = describeError(error);
      failures.push(isNewskgError(error) && error.location.source ? line : `${file}: ${line}`);
    }
  }
  const inputFailures = failures.length;

  const result = await loadGraphs(batches, store.target, store.client, (graph) => {
    if (!options.quiet) console.error(`${graph.graph} (${graph.triples} triples)`);
  });
  for (const { graph, error } of result.failed) failures.push(error.failure === 'http' ? `${graph}: ${error.message}` : storeFailure(error, options, store.credentials));
  if (result.skipped.length) failures.push(`${result.skipped.length} more graph(s) not tried after that error`);

  // Messages carry no secret (the client withholds store text that repeats one); user-info is cut by its shape.
  for (const failure of failures) console.error(`error: ${printable(store.redact(failure))}`);
  const triples = result.loaded.reduce((sum, g) => sum + g.triples, 0);
  const failed = result.failed.length + result.skipped.length;
  console.error(`newskg: ${result.loaded.length} graph(s) loaded into ${store.shown} (${options.protocol}), ${triples} triples, ${failed} failed, ${inputFailures} input(s) unreadable`);
  return failed ? EXIT.OUTPUT_FAILED : inputFailures ? EXIT.INPUT_FAILED : EXIT.OK;
}
