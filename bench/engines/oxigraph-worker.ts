/**
 * The embedded Oxigraph of `newskg query`, in a child process so that the bench can stop a
 * query that runs past its timeout (killing the process; the host then starts a new one).
 */
import type { Store } from 'oxigraph';
import { loadDataset, runQuery } from '../../src/query/index.js';

export type OxigraphRequest = { kind: 'load'; files: string[] } | { kind: 'query'; query: string; warmups: number; runs: number };
export type OxigraphReply =
  | { kind: 'loaded'; quads: number; seconds: number }
  | { kind: 'answered'; seconds: number[]; output: string }
  | { kind: 'failed'; message: string };

let store: Store | undefined;

process.on('message', (request: OxigraphRequest) => {
  void handle(request).then(
    (reply) => process.send!(reply),
    (error: unknown) =>
      process.send!({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies OxigraphReply),
  );
});

async function handle(request: OxigraphRequest): Promise<OxigraphReply> {
  if (request.kind === 'load') {
    const started = performance.now();
    const dataset = await loadDataset(request.files);
    store = dataset.store; // the union of the graphs is materialized here, as `newskg query` does
    return { kind: 'loaded', quads: store.size, seconds: (performance.now() - started) / 1000 };
  }
  if (!store) throw new Error('no data loaded');
  const seconds: number[] = [];
  let output = '';
  for (let i = 0; i < request.warmups + request.runs; i++) {
    const started = performance.now();
    // what `newskg query --format json` runs
    output = await runQuery(store, request.query, { format: 'json' });
    if (i >= request.warmups) seconds.push((performance.now() - started) / 1000);
  }
  return { kind: 'answered', seconds, output };
}
