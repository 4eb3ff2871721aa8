/**
 * Writes graph blocks to a store. Each graph is replaced (GSP PUT, DROP + INSERT DATA, or with
 * Virtuoso DROP + its own loader on an N-Quads body of several graphs, virtuoso-batch.ts);
 * graphs go out in batches, up to `parallel` requests at a time. A failure that would repeat
 * for every graph (authentication, store unreachable, redirect) stops the run; a failure of one
 * graph's request is recorded and the other graphs are tried.
 *
 * With a load state (load-state.ts) a graph whose digest the store already holds is not sent,
 * every graph written gets its digest recorded, and `sync` drops the recorded graphs the inputs
 * no longer hold.
 */
import type { StoreClient, StoreRequest } from './client.js';
import { StoreError, isStoreError } from './errors.js';
import type { GraphBlock } from './blocks.js';
import { blocksOf } from './blocks.js';
import type { GraphBatches } from './graphs.js';
import type { LoadState } from './load-state.js';
import { LOAD_STATE_GRAPH, addDigestsRequest, digestUpdate, graphDigest, putStateRequest } from './load-state.js';
import type { LoadProtocol } from './options.js';
import { graphStoreAppend, graphStoreDelete, graphStorePut, graphUpdateProbe, graphsUpdate } from './requests.js';
import {
  countOf,
  countTriplesRequest,
  dropGraphsRequest,
  heldGraphsOf,
  heldGraphsRequest,
  mayHoldBlankNodes,
  virtuosoQuadsRequest,
} from './virtuoso-batch.js';

export interface LoadTarget {
  protocol: LoadProtocol;
  /** GSP: the graph store service URL; update and virtuoso: the SPARQL (Update) endpoint. */
  url: string;
  /** virtuoso: the Graph Store beside it, where digests are recorded and graphs dropped by sync. */
  graphStore?: string;
  /** Update: the pragma the store takes ('' for none), once probeUpdateTarget has asked; loading asks when it is unset. */
  prologue?: string;
}

export interface GraphLoaded {
  graph: string;
  triples: number;
}

export interface LoadResult {
  loaded: GraphLoaded[];
  failed: { graph: string; error: StoreError }[];
  /** Graphs not tried because an earlier failure would have repeated for them. */
  skipped: string[];
  /** Graphs not sent: the store already holds them as they are. */
  unchanged: number;
  /** Graphs dropped by `sync`. */
  dropped: string[];
}

export interface LoadOptions {
  /** Requests in flight at most (default 1). */
  parallel?: number;
  /**
   * What newskg has loaded into the store before (readLoadState). Given, digests are recorded,
   * unchanged graphs skipped, and (GSP) the bookkeeping graph rewritten at the end.
   */
  state?: LoadState;
  /** Record digests without a state read first (SPARQL Update, where the state cannot be read): nothing is skipped. */
  recordDigests?: boolean;
  /** Send every graph, even one whose digest the store holds. */
  force?: boolean;
  /** Drop the graphs of the state that the inputs no longer hold (needs `state`; give `inputsComplete`). */
  sync?: boolean;
  /** Asked before sync drops anything: false when some input could not be read (its graphs would look removed). */
  inputsComplete?: () => boolean;
  onGraph?: (graph: GraphLoaded) => void;
  /** A graph found unchanged (not sent). */
  onUnchanged?: (graph: string) => void;
  onDropped?: (graph: string) => void;
  /** (--protocol virtuoso) A request the store answered 200 to but kept only `kept` of its `sent` triples, being sent again. */
  onResent?: (graphs: number, kept: number | undefined, sent: number) => void;
}

/** Graphs per GSP batch: their digests are recorded in one request once all are written. */
const GSP_BATCH_GRAPHS = 16;
/**
 * A virtuoso batch: one request of at most this many graphs or bytes of N-Triples. Measured on 200
 * articles (bench/README.md): 4 and 16 graphs a request (2.5 and 10 MB) cost Virtuoso the same CPU
 * per triple; Virtuoso 7.2.5 crashed on bodies of 20 and 40 MB ("GPF: Dkpool.c:1968 large free
 * not on 4k boundary"), and now and then loaded nothing of a 10 MB one while answering 200 (at this
 * size, about 5 MB of N-Quads, too: one batch in 2 of 3 runs of 1,000 articles; the count after
 * each request is there for it).
 */
const VIRTUOSO_BATCH_GRAPHS = 16;
const VIRTUOSO_BATCH_BYTES = 4_000_000;
/** Sends of one group before its graphs fail when the store keeps fewer triples than it was sent. */
const VIRTUOSO_ATTEMPTS = 2;
/**
 * Triples per SPARQL Update request, several small graphs together: Virtuoso refuses an update
 * that compiles to too much SQL, so a large graph still goes alone.
 */
const UPDATE_BATCH_TRIPLES = 2000;
const DROP_BATCH_GRAPHS = 50;

/**
 * Virtuoso runs INSERT DATA some 50 times faster (4,000 triples: 0.2 s instead of 10 s)
 * when its constants go in as one block; the pragma is Virtuoso's own, so it is sent only
 * once the store has said in its Server header that it is Virtuoso. An empty update
 * (`INSERT DATA { }`) asks it first; it also settles a Digest handshake, so no graph is
 * sent twice. When even that empty update is refused, no graph is tried.
 */
const VIRTUOSO_PROLOGUE = 'DEFINE sql:big-data-const 1';

/** One graph of a batch: replaced, or (a graph met again after its first block went out) added to. */
interface Part {
  block: GraphBlock;
  digest: string | undefined;
  append: boolean;
}

/** Loads in-memory graph batches, one request per graph, in IRI order. */
export async function loadGraphs(
  batches: GraphBatches,
  target: LoadTarget,
  client: StoreClient,
  onGraph?: (graph: GraphLoaded) => void,
): Promise<LoadResult> {
  return loadBlocks(blocksOf(batches), target, client, onGraph ? { onGraph } : {});
}

export async function loadBlocks(
  blocks: AsyncIterable<GraphBlock> | Iterable<GraphBlock>,
  target: LoadTarget,
  client: StoreClient,
  options: LoadOptions = {},
): Promise<LoadResult> {
  return new BlockLoader(target, client, options).run(blocks);
}

class BlockLoader {
  private readonly result: LoadResult = { loaded: [], failed: [], skipped: [], unchanged: 0, dropped: [] };
  private readonly seen = new Set<string>();
  /** The state as it will be once the requests in flight are done. */
  private readonly state: LoadState | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly parallel: number;
  private stopped = false;
  /** The bookkeeping graph holds more or other than `state` (GSP adds digests; it cannot replace one). */
  private stale = false;
  private prologue: string | undefined;

  constructor(
    private readonly target: LoadTarget,
    private readonly client: StoreClient,
    private readonly options: LoadOptions,
  ) {
    this.state = options.state ? new Map(options.state) : undefined;
    this.parallel = Math.max(1, options.parallel ?? 1);
    this.prologue = target.prologue;
  }

  async run(blocks: AsyncIterable<GraphBlock> | Iterable<GraphBlock>): Promise<LoadResult> {
    let batch: Part[] = [];
    let triples = 0;
    let bytes = 0;
    for await (const block of blocks) {
      if (this.stopped) {
        this.result.skipped.push(block.graph);
        continue;
      }
      const part = this.partOf(block);
      if (!part) continue;
      if (part.append) {
        // its first block may still be in flight: added triples must not land before it is replaced
        await this.dispatch(batch);
        batch = [];
        triples = 0;
        bytes = 0;
        await Promise.all(this.inFlight);
      }
      if (this.target.protocol === 'virtuoso') {
        const size = block.lines.reduce((sum, line) => sum + line.length + 1, 0);
        if (batch.length && bytes + size > VIRTUOSO_BATCH_BYTES) {
          await this.dispatch(batch);
          batch = [];
          triples = 0;
          bytes = 0;
        }
        bytes += size;
      }
      batch.push(part);
      triples += block.lines.length;
      if (this.batchFull(batch, triples)) {
        await this.dispatch(batch);
        batch = [];
        triples = 0;
        bytes = 0;
      }
    }
    await this.dispatch(batch);
    await Promise.all(this.inFlight);
    if (!this.stopped && this.options.sync && (this.options.inputsComplete?.() ?? true)) await this.dropRemoved();
    if (!this.stopped && this.stale && this.state && this.target.protocol !== 'update')
      await this.send(putStateRequest(this.stateStore, this.state), [LOAD_STATE_GRAPH]);
    return this.result;
  }

  /** What to send for a block, or undefined when the store already holds it. */
  private partOf(block: GraphBlock): Part | undefined {
    const append = this.seen.has(block.graph);
    this.seen.add(block.graph);
    const recording = this.state !== undefined || this.options.recordDigests === true;
    const digest = recording ? (append ? '' : graphDigest(block.lines)) : undefined;
    if (!append && digest !== undefined && !this.options.force && this.state?.get(block.graph) === digest) {
      this.result.unchanged++;
      this.options.onUnchanged?.(block.graph);
      return undefined;
    }
    return { block, digest, append };
  }

  private batchFull(batch: Part[], triples: number): boolean {
    if (this.target.protocol === 'virtuoso') return batch.length >= VIRTUOSO_BATCH_GRAPHS;
    return this.target.protocol === 'gsp' ? batch.length >= GSP_BATCH_GRAPHS : triples >= UPDATE_BATCH_TRIPLES;
  }

  /** Where digests are recorded and the bookkeeping graph rewritten (GSP requests). */
  private get stateStore(): string {
    return this.target.graphStore ?? this.target.url;
  }

  /** Starts the batch once fewer than `parallel` requests are in flight. */
  private async dispatch(batch: Part[]): Promise<void> {
    if (!batch.length) return;
    if (this.stopped) {
      for (const part of batch) this.result.skipped.push(part.block.graph);
      return;
    }
    if (this.target.protocol === 'update' && this.prologue === undefined && !(await this.probe(batch))) return;
    while (this.inFlight.size >= this.parallel) await Promise.race(this.inFlight);
    const sending =
      this.target.protocol === 'gsp'
        ? this.sendGsp(batch)
        : this.target.protocol === 'virtuoso'
          ? this.sendVirtuoso(batch)
          : this.sendUpdate(batch);
    const task: Promise<void> = sending.finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }

  private async probe(batch: Part[]): Promise<boolean> {
    try {
      this.prologue = (await probeUpdateTarget(this.target, this.client)).prologue ?? '';
      return true;
    } catch (error) {
      // an update that changes nothing was refused: every graph's update would be too
      if (!isStoreError(error)) throw error;
      this.fail(batch[0]!.block.graph, error);
      this.stopped = true;
      for (const part of batch.slice(1)) this.result.skipped.push(part.block.graph);
      return false;
    }
  }

  /** One PUT (or POST) per graph, then their digests in one request. */
  private async sendGsp(batch: Part[]): Promise<void> {
    const written: [string, string][] = [];
    for (const [index, part] of batch.entries()) {
      if (this.stopped) {
        for (const rest of batch.slice(index)) this.result.skipped.push(rest.block.graph);
        break;
      }
      const { graph, lines } = part.block;
      const request = part.append ? graphStoreAppend(this.target.url, graph, lines) : graphStorePut(this.target.url, graph, lines);
      if (await this.send(request, [graph])) {
        this.loaded(part);
        if (part.digest !== undefined) written.push([graph, part.digest]);
      }
    }
    if (written.length) await this.send(addDigestsRequest(this.target.url, written), [LOAD_STATE_GRAPH]);
  }

  /**
   * The batch's graphs as N-Quads in one request (a graph that may hold blank nodes in one of its
   * own), after one update that empties those to be replaced that the store holds; then their
   * digests, as with GSP.
   */
  private async sendVirtuoso(batch: Part[]): Promise<void> {
    const shared = batch.filter((part) => !mayHoldBlankNodes(part.block.lines));
    const groups = [shared, ...batch.filter((part) => !shared.includes(part)).map((part) => [part])].filter((g) => g.length);
    const written: [string, string][] = [];
    const held = await this.heldGraphs(batch);
    if (!held) return;
    for (const group of groups) {
      if (this.stopped) {
        for (const part of group) this.result.skipped.push(part.block.graph);
        continue;
      }
      if (!(await this.sendVirtuosoGroup(group, held))) continue;
      for (const part of group) {
        this.loaded(part);
        if (part.digest !== undefined) written.push([part.block.graph, part.digest]);
      }
    }
    if (written.length) await this.send(addDigestsRequest(this.stateStore, written), [LOAD_STATE_GRAPH]);
  }

  /**
   * One group's drop, quads and count check. Virtuoso has answered 200 to a load and kept nothing
   * of it (bench/README.md, "What grew with the store"), so a group the count finds short is
   * dropped and sent once more before its graphs fail.
   */
  private async sendVirtuosoGroup(group: Part[], held: Set<string>): Promise<boolean> {
    const graphs = group.map((part) => part.block.graph);
    const filled = group.filter((part) => part.block.lines.length);
    const appending = group.some((part) => part.append);
    for (let attempt = 1; ; attempt++) {
      // after a short count the store may hold part of the group: drop every graph being replaced
      const replaced = group.filter((part) => !part.append && (attempt > 1 || held.has(part.block.graph))).map((part) => part.block.graph);
      if (replaced.length && !(await this.send(dropGraphsRequest(this.target.url, replaced), graphs))) return false;
      if (
        filled.length &&
        !(await this.send(
          virtuosoQuadsRequest(
            this.target.url,
            filled.map((part) => part.block),
          ),
          graphs,
        ))
      )
        return false;
      if (appending) return true;
      const check = await this.counted(group, attempt >= VIRTUOSO_ATTEMPTS);
      if (check !== 'short') return check === 'ok';
    }
  }

  /**
   * Which of the batch's graphs to be replaced the store holds (only those are dropped first); all of
   * them when the answer cannot be read. Undefined when the query failed: the batch's graphs fail.
   */
  private async heldGraphs(batch: Part[]): Promise<Set<string> | undefined> {
    const replaced = batch.filter((part) => !part.append).map((part) => part.block.graph);
    if (!replaced.length) return new Set();
    try {
      return heldGraphsOf((await this.client.send(heldGraphsRequest(this.target.url, replaced))).body) ?? new Set(replaced);
    } catch (error) {
      if (!isStoreError(error)) throw error;
      for (const part of batch) this.fail(part.block.graph, error);
      return undefined;
    }
  }

  /**
   * Whether the store holds as many triples in the group's graphs as were sent: 'short' when not
   * and another attempt may follow; on the last attempt its graphs fail instead (no digest: the next
   * run sends them again).
   */
  private async counted(group: Part[], last: boolean): Promise<'ok' | 'short' | 'failed'> {
    const graphs = group.map((part) => part.block.graph);
    const sent = group.reduce((sum, part) => sum + part.block.lines.length, 0);
    let held: number | undefined;
    try {
      held = countOf((await this.client.send(countTriplesRequest(this.target.url, graphs))).body);
    } catch (error) {
      if (!isStoreError(error)) throw error;
      for (const graph of graphs) this.fail(graph, error);
      return 'failed';
    }
    if (held === sent) return 'ok';
    if (!last) {
      this.options.onResent?.(graphs.length, held, sent);
      return 'short';
    }
    const error = new StoreError(
      'http',
      `${this.target.url} answered 200 but holds ${held ?? 'an unknown number of'} of the ${sent} triples sent in this request's ${graphs.length} graph(s), after ${VIRTUOSO_ATTEMPTS} attempts: run the same load again`,
      { url: this.target.url },
    );
    for (const graph of graphs) this.fail(graph, error);
    return 'failed';
  }

  /** The whole batch in one update, each graph's digest set in the same request (applied together or not at all). */
  private async sendUpdate(batch: Part[]): Promise<void> {
    const graphs = batch.map((part) => ({
      graph: part.block.graph,
      lines: part.block.lines,
      append: part.append,
      after: part.digest === undefined ? [] : digestUpdate(part.block.graph, part.digest),
    }));
    const request = graphsUpdate(this.target.url, graphs, this.prologue ? { prologue: this.prologue } : {});
    if (
      await this.send(
        request,
        batch.map((p) => p.block.graph),
      )
    )
      for (const part of batch) this.loaded(part);
  }

  private loaded(part: Part): void {
    const loaded = { graph: part.block.graph, triples: part.block.lines.length };
    this.result.loaded.push(loaded);
    if (this.state?.has(part.block.graph)) this.stale = true;
    if (part.digest !== undefined) this.state?.set(part.block.graph, part.digest);
    this.options.onGraph?.(loaded);
  }

  /** Sync: the graphs newskg loaded before that no input holds now. */
  private async dropRemoved(): Promise<void> {
    const removed = [...(this.state?.keys() ?? [])].filter((graph) => !this.seen.has(graph)).sort();
    const dropped = async (graphs: string[], request: StoreRequest): Promise<void> => {
      if (!(await this.send(request, graphs))) return;
      for (const graph of graphs) {
        this.state?.delete(graph);
        this.result.dropped.push(graph);
        this.options.onDropped?.(graph);
      }
      this.stale = true;
    };
    for (let i = 0; i < removed.length && !this.stopped;) {
      while (this.inFlight.size >= this.parallel) await Promise.race(this.inFlight);
      const byGraph = this.target.protocol !== 'update';
      const graphs = byGraph ? [removed[i]!] : removed.slice(i, i + DROP_BATCH_GRAPHS);
      i += graphs.length;
      const request = byGraph
        ? graphStoreDelete(this.stateStore, graphs[0]!)
        : graphsUpdate(
            this.target.url,
            graphs.map((graph) => ({ graph, lines: [], drop: true, after: digestUpdate(graph, undefined) })),
            this.prologue ? { prologue: this.prologue } : {},
          );
      const task: Promise<void> = dropped(graphs, request).finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    }
    await Promise.all(this.inFlight);
  }

  /** Sends one request; a failure is recorded against `graphs` (the bookkeeping graph for its own requests), and stops the run when it would repeat. */
  private async send(request: StoreRequest, graphs: string[]): Promise<boolean> {
    try {
      await this.client.send(request);
      return true;
    } catch (error) {
      if (!isStoreError(error)) throw error;
      // a graph already gone counts as dropped
      if (request.method === 'DELETE' && error.status === 404) return true;
      for (const graph of graphs) this.fail(graph, error);
      return false;
    }
  }

  private fail(graph: string, error: StoreError): void {
    this.result.failed.push({ graph, error });
    if (error.failure !== 'http') this.stopped = true;
  }
}

/** Sends an update that changes nothing (see VIRTUOSO_PROLOGUE); throws the StoreError when even that is refused. */
export async function probeUpdateTarget(target: LoadTarget, client: StoreClient): Promise<LoadTarget> {
  const response = await client.send(graphUpdateProbe(target.url));
  return { ...target, prologue: /^virtuoso\//i.test(response.headers.get('server') ?? '') ? VIRTUOSO_PROLOGUE : '' };
}
