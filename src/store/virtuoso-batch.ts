/**
 * `--protocol virtuoso`: several graphs in one request. The Graph Store Protocol names one graph
 * per request, and Virtuoso 7.2.5 guesses the type of every GSP body by parsing its first 64 KB
 * again (as HTML, then twice as Turtle) before loading it: a quarter of the CPU a PUT of a
 * 3,000-triple graph costs it. Here the graphs of a batch go as one N-Quads body to its SPARQL
 * endpoint, with a query (in the URL) that hands the body to DB.DBA.TTLP, the same Turtle/N-Quads
 * loader its Graph Store calls, each quad into its own graph. Those of the graphs the store already
 * holds (one query asks) are cleared first with one SPARQL Update (DROP SILENT GRAPH), so each is
 * replaced as a GSP PUT replaces it.
 *
 * Not the TTLP flag that replaces the graphs of the body (2048): the one run with it kept 536,167
 * of 584,084 quads of 200 articles (bench/README.md).
 */
import type { StoreRequest } from './client.js';
import { checkIri, graphsUpdate } from './requests.js';

export const N_QUADS = 'application/n-quads';

/** TTLP flags: 255 (Virtuoso's bulk loader's relaxed syntax flags; every line was checked here already) + 512 (N-Quads). */
const TTLP_FLAGS = 255 + 512;

/**
 * Reads the request body (`bif:http_body_read`, the body is not the query's) into DB.DBA.TTLP. The
 * third argument is the graph of a line without one, which never goes out: every line is a quad.
 * The last two (log on, transactional) make it insert in the request's own transaction, as SPARQL
 * Update does, rather than hand the rows to background threads: a transaction that fails (a
 * deadlock) then fails the request, which is retried. (Runs without them lost whole requests' worth
 * of quads while answering 200; so did one with them and larger bodies: countTriplesRequest.)
 */
export const VIRTUOSO_LOAD_QUERY = `SELECT (<sql:TTLP>(bif:http_body_read(), '', 'urn:newskg:unnamed', ${TTLP_FLAGS}, 1, 1) AS ?loaded) WHERE { }`;

export interface QuadsGraph {
  graph: string;
  /** N-Triples lines, `S P O .` */
  lines: readonly string[];
}

/** The graphs as one N-Quads body, posted with the loading query to Virtuoso's SPARQL endpoint. */
export function virtuosoQuadsRequest(endpoint: string, graphs: readonly QuadsGraph[]): StoreRequest {
  const url = new URL(endpoint);
  url.searchParams.set('query', VIRTUOSO_LOAD_QUERY);
  const body: string[] = [];
  for (const { graph, lines } of graphs) {
    const g = ` <${checkIri(graph)}> .\n`;
    // an N-Triples line ends with " ." (nTriplesLines and splitQuadLine write it so): the graph goes before the dot
    for (const line of lines) body.push(line.slice(0, line.lastIndexOf('.')).trimEnd(), g);
  }
  return {
    method: 'POST',
    url: url.href,
    headers: { 'content-type': `${N_QUADS}; charset=utf-8`, accept: 'text/csv' },
    body: body.join(''),
  };
}

/**
 * A query for the number of triples the graphs hold together. Virtuoso 7.2.5 answered 200 to
 * every request of a 1,000-article load with 10 MB bodies and held none of the triples of one or
 * two of them (bench/README.md): what a batch loaded is counted before its graphs count as loaded.
 * Each graph is a constant of its own pattern: with the graphs as `VALUES ?g` Virtuoso scans every
 * quad of the store (1.4-1.8 s for 8 graphs on 2.9 million quads, against 50-100 ms this way).
 */
export function countTriplesRequest(endpoint: string, graphs: readonly string[]): StoreRequest {
  const patterns = graphs.map((g) => `{ GRAPH <${checkIri(g)}> { ?s ?p ?o } }`);
  return sparqlQueryRequest(endpoint, `SELECT (COUNT(*) AS ?n) WHERE { ${patterns.join(' UNION ')} }`);
}

function sparqlQueryRequest(endpoint: string, query: string): StoreRequest {
  return {
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString(),
  };
}

/** The count of a countTriplesRequest answer; undefined when the answer is not one. */
export function countOf(body: string): number | undefined {
  try {
    const value = (JSON.parse(body) as { results?: { bindings?: { n?: { value?: string } }[] } }).results?.bindings?.[0]?.n?.value;
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A query for which of the graphs the store holds triples in. Virtuoso 7.2.5's DROP SILENT GRAPH
 * costs about 11 ms a graph on a store of 2.9 million quads whether the graph is there or not
 * (bench/README.md); this query 2-3 ms for 8 graphs it does not hold. Only the graphs it names are
 * dropped before their batch is loaded. One constant graph per pattern, as in countTriplesRequest
 * (`VALUES ?g` with `FILTER EXISTS` took 50-200 ms, and `BIND` with `FILTER EXISTS` named graphs
 * the store did not hold).
 */
export function heldGraphsRequest(endpoint: string, graphs: readonly string[]): StoreRequest {
  const patterns = graphs.map((g) => {
    const iri = `<${checkIri(g)}>`;
    return `{ SELECT (${iri} AS ?g) WHERE { GRAPH ${iri} { ?s ?p ?o } } LIMIT 1 }`;
  });
  return sparqlQueryRequest(endpoint, `SELECT ?g WHERE { ${patterns.join(' UNION ')} }`);
}

/** The graph IRIs of a heldGraphsRequest answer; undefined when the answer is not one. */
export function heldGraphsOf(body: string): Set<string> | undefined {
  try {
    const bindings = (JSON.parse(body) as { results?: { bindings?: unknown } }).results?.bindings;
    if (!Array.isArray(bindings)) return undefined;
    const graphs = new Set<string>();
    for (const binding of bindings as { g?: { type?: string; value?: unknown } }[]) {
      if (binding.g?.type !== 'uri' || typeof binding.g.value !== 'string') return undefined;
      graphs.add(binding.g.value);
    }
    return graphs;
  } catch {
    return undefined;
  }
}

/** One SPARQL Update that empties the graphs (DROP SILENT GRAPH each), before their new triples are loaded. */
export function dropGraphsRequest(endpoint: string, graphs: readonly string[]): StoreRequest {
  return graphsUpdate(
    endpoint,
    graphs.map((graph) => ({ graph, lines: [], drop: true })),
  );
}

/**
 * Blank node labels are scoped by the request body: two graphs in one body that both use `_:b0`
 * would share that node, which two GSP requests would not. A graph that may hold one goes alone.
 */
export function mayHoldBlankNodes(lines: readonly string[]): boolean {
  return lines.some((line) => line.includes('_:'));
}

/** Virtuoso's Graph Store beside its SPARQL endpoint: /sparql-auth -> /sparql-graph-crud-auth, /sparql -> /sparql-graph-crud. */
export function virtuosoGraphStore(endpoint: URL): URL | undefined {
  const path = endpoint.pathname.replace(/\/+$/, '');
  const crud = path.endsWith('/sparql-auth')
    ? `${path.slice(0, -'/sparql-auth'.length)}/sparql-graph-crud-auth`
    : path.endsWith('/sparql')
      ? `${path.slice(0, -'/sparql'.length)}/sparql-graph-crud`
      : undefined;
  if (crud === undefined) return undefined;
  const url = new URL(endpoint.href);
  url.pathname = crud;
  url.search = '';
  return url;
}
