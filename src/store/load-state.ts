/**
 * What newskg has loaded into a store, kept in the store itself: one bookkeeping graph,
 * LOAD_STATE_GRAPH, holds a triple `<graph> <DIGEST> "sha256:..."` for every graph newskg wrote,
 * the digest of that graph's sorted N-Triples lines as sent. A rerun skips a graph whose digest
 * is already there; `load --sync` drops the graphs listed there that the inputs no longer hold.
 * Graphs not listed were not written by newskg and are never dropped.
 *
 * A graph whose content is not known exactly (two digests, after an interrupted Graph Store run;
 * a graph sent in several pieces) gets the empty digest, which no content has: it is still
 * newskg's, and the next run sends it again.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'n3';
import type { StoreClient, StoreRequest } from './client.js';
import { isStoreError } from './errors.js';
import { N_TRIPLES } from './requests.js';

export const LOAD_STATE_GRAPH = 'urn:newskg:load';
export const DIGEST = 'urn:newskg:load#digest';

/** Graph IRI -> digest of its content in the store ('' when unknown). */
export type LoadState = Map<string, string>;

/** An answer this large holds the digests of about a million graphs. */
const MAX_STATE_BYTES = 256 * 1024 * 1024;

export function graphDigest(lines: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return `sha256:${hash.digest('hex')}`;
}

/** `<graph> <DIGEST> "digest" .` */
export function digestLine(graph: string, digest: string): string {
  return `<${graph}> <${DIGEST}> ${JSON.stringify(digest)} .`;
}

/** The bookkeeping graph from a Graph Store (GET); empty when the store has none (404). */
export async function readLoadState(graphStore: string, client: StoreClient): Promise<LoadState> {
  const url = new URL(graphStore);
  url.searchParams.set('graph', LOAD_STATE_GRAPH);
  let text: string;
  try {
    text = (
      await client.send({
        method: 'GET',
        url: url.href,
        headers: { accept: `${N_TRIPLES}, text/turtle;q=0.9` },
        maxBodyBytes: MAX_STATE_BYTES,
      })
    ).body;
  } catch (error) {
    if (isStoreError(error) && error.status === 404) return new Map();
    throw error;
  }
  return loadStateOf(text);
}

/** Parses the bookkeeping graph (N-Triples or Turtle). */
export function loadStateOf(text: string): LoadState {
  const state: LoadState = new Map();
  for (const quad of new Parser({ format: 'Turtle' }).parse(text)) {
    if (quad.predicate.value !== DIGEST || quad.subject.termType !== 'NamedNode') continue;
    const graph = quad.subject.value;
    state.set(graph, state.has(graph) && state.get(graph) !== quad.object.value ? '' : quad.object.value);
  }
  return state;
}

/** GSP: adds digest triples to the bookkeeping graph (POST merges). */
export function addDigestsRequest(graphStore: string, digests: readonly [string, string][]): StoreRequest {
  const url = new URL(graphStore);
  url.searchParams.set('graph', LOAD_STATE_GRAPH);
  return {
    method: 'POST',
    url: url.href,
    headers: { 'content-type': `${N_TRIPLES}; charset=utf-8` },
    body: digests.map(([g, d]) => `${digestLine(g, d)}\n`).join(''),
  };
}

/** GSP: replaces the bookkeeping graph with exactly this state (one digest per graph). */
export function putStateRequest(graphStore: string, state: LoadState): StoreRequest {
  return {
    ...addDigestsRequest(
      graphStore,
      [...state].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    method: 'PUT',
  };
}

/** SPARQL Update operations that set a graph's digest (or remove it when `digest` is undefined). */
export function digestUpdate(graph: string, digest: string | undefined): string[] {
  const operations = [`DELETE WHERE { GRAPH <${LOAD_STATE_GRAPH}> { <${graph}> <${DIGEST}> ?digest } }`];
  if (digest !== undefined) operations.push(`INSERT DATA { GRAPH <${LOAD_STATE_GRAPH}> { ${digestLine(graph, digest)} } }`);
  return operations;
}
