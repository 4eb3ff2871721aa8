/**
 * The two ways to replace a named graph in a store, as plain request descriptions:
 * SPARQL 1.1 Graph Store Protocol (HTTP PUT of the graph) and SPARQL 1.1 Update
 * (DROP SILENT + INSERT DATA in one request, so the store applies both or neither).
 * Both replace the graph, so loading the same data twice leaves the same store.
 */
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { NewskgError } from '../core/errors.js';
import { isAbsoluteIri, showIri } from '../core/iri.js';
import { checkTerms } from '../graph/check-terms.js';
import type { StoreRequest } from './client.js';

export const N_TRIPLES = 'application/n-triples';
export const SPARQL_UPDATE = 'application/sparql-update';

/**
 * The graph's triples as sorted, de-duplicated N-Triples lines (the graph term dropped). The writer
 * escapes literals but writes IRIs, language tags and blank node labels as they are, so they are
 * checked first (checkTerms): nothing that could end a term early (`>`, `}`, white space) reaches a request.
 */
export function nTriplesLines(quads: readonly Quad[]): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  const lines = new Set<string>();
  checkTerms(quads, '<data>');
  for (const q of quads) lines.add(writer.quadToString(q.subject, q.predicate, q.object).trimEnd());
  return [...lines].sort();
}

/** GSP: `PUT {graphStore}?graph=<iri>` with an N-Triples body. */
export function graphStorePut(graphStore: string, graph: string, lines: readonly string[]): StoreRequest {
  return {
    method: 'PUT',
    url: graphUrl(graphStore, graph),
    headers: { 'content-type': `${N_TRIPLES}; charset=utf-8` },
    body: lines.map((l) => `${l}\n`).join(''),
  };
}

/** GSP: `POST {graphStore}?graph=<iri>` adds the triples to the graph. */
export function graphStoreAppend(graphStore: string, graph: string, lines: readonly string[]): StoreRequest {
  return { ...graphStorePut(graphStore, graph, lines), method: 'POST' };
}

/** GSP: `DELETE {graphStore}?graph=<iri>`. */
export function graphStoreDelete(graphStore: string, graph: string): StoreRequest {
  return { method: 'DELETE', url: graphUrl(graphStore, graph) };
}

function graphUrl(graphStore: string, graph: string): string {
  const url = new URL(graphStore);
  url.searchParams.set('graph', checkIri(graph));
  return url.href;
}

export interface UpdateOptions {
  /** Written before the operations (a store-specific pragma). */
  prologue?: string;
  /** Triples per INSERT DATA operation (default 500). */
  chunk?: number;
}

/** SPARQL Update: `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } } ; ...` posted to the update endpoint. */
export function graphUpdate(endpoint: string, graph: string, lines: readonly string[], options: UpdateOptions = {}): StoreRequest {
  return graphsUpdate(endpoint, [{ graph, lines }], options);
}

/** An update that changes nothing: asks who the store is and settles authentication before any graph is sent. */
export function graphUpdateProbe(endpoint: string): StoreRequest {
  return { method: 'POST', url: endpoint, headers: { 'content-type': `${SPARQL_UPDATE}; charset=utf-8` }, body: 'INSERT DATA { }\n' };
}

/** One graph's part of a multi-graph update. */
export interface GraphChange {
  graph: string;
  lines: readonly string[];
  /** Add the lines without dropping the graph first. */
  append?: boolean;
  /** Drop the graph and insert nothing. */
  drop?: boolean;
  /** Operations written after the graph's own (its digest in the load state), made by this module's callers from checked IRIs. */
  after?: readonly string[];
}

/** SPARQL Update replacing (or adding to, or dropping) several graphs in one request, so the store applies all of it or none. */
export function graphsUpdate(endpoint: string, changes: readonly GraphChange[], options: UpdateOptions = {}): StoreRequest {
  const operations = changes.flatMap((change) => [...graphOperations(change, options.chunk ?? 500), ...(change.after ?? [])]);
  return {
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': `${SPARQL_UPDATE}; charset=utf-8` },
    body: `${options.prologue ? `${options.prologue}\n` : ''}${operations.join(' ;\n')}\n`,
  };
}

/**
 * One request, several INSERT DATA operations: Virtuoso compiles each operation to SQL and
 * refuses one over 10,000 lines of it (about 2,000 triples), so a large graph goes in chunks.
 */
export function replaceGraphUpdate(graph: string, lines: readonly string[], options: UpdateOptions = {}): string {
  return graphsUpdate('', [{ graph, lines }], options).body!;
}

function graphOperations(change: GraphChange, chunk: number): string[] {
  const g = `<${checkIri(change.graph)}>`;
  const operations = change.append ? [] : [`DROP SILENT GRAPH ${g}`];
  if (change.drop) return operations;
  for (let i = 0; i < change.lines.length; i += chunk)
    operations.push(`INSERT DATA { GRAPH ${g} {\n${change.lines.slice(i, i + chunk).join('\n')}\n} }`);
  if (change.lines.length === 0) operations.push(`INSERT DATA { GRAPH ${g} { } }`);
  return operations;
}

/** An IRI that is not a valid absolute IRI is refused before any request is made. */
export function checkIri(iri: string): string {
  if (!isAbsoluteIri(iri))
    throw new NewskgError('RDF_PARSE', `graph name <${showIri(iri)}> is not an absolute IRI (RFC 3987): nothing was sent`, {
      source: showIri(iri),
    });
  return iri;
}
