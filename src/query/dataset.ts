import { closeSync, openSync, readSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Store, namedNode } from 'oxigraph';
import type { Quad as OxigraphQuad } from 'oxigraph';
import { NewskgError } from '../core/errors.js';
import { NKG } from '../core/vocab.js';
import { parseRdf } from '../graph/index.js';
import { fileError } from '../core/files.js';
import { rdfFormatOf, readRdfFile } from '../sources/rdf-files.js';
import type { RdfInputFormat } from '../sources/rdf-files.js';

const MEDIA_TYPES: Record<Exclude<RdfInputFormat, 'jsonld'>, string> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  nquads: 'application/n-quads',
  ntriples: 'application/n-triples',
};

const CHUNK_BYTES = 1 << 20;
/** Where a triple file waits while its article is looked up (never left in the store). */
const LOADING_GRAPH = 'urn:x-newskg:loading:';

/**
 * The data a query runs over: an in-memory Oxigraph store. Quad files keep their named graphs
 * (one per article); a triple file (Turtle, N-Triples) goes to the graph named after the one
 * article it describes, as `newskg load` does and as a TriG export of the same article names it
 * (so that `GRAPH ?article { ... }` sees an article's Turtle export too), or, holding no article or
 * several, to the default graph.
 *
 * Queries without GRAPH see the RDF merge of every graph. Oxigraph 0.5's
 * `use_default_graph_as_union` yields a triple once per graph holding it (oxigraph#1919, fixed
 * after 0.5), and an actor is in the graph of every article that mentions it, so counts would
 * grow with the corpus. Instead the merge is materialized once into the default graph (a set),
 * so `COUNT` counts each fact once while `GRAPH ?g { ... }` still sees each article's graph.
 */
export class QueryDataset {
  readonly #store = new Store();
  #merged = true;
  #files = 0;

  /** Loads one file, its format from the extension; a file with a syntax error loads nothing. */
  async load(path: string): Promise<void> {
    const format = rdfFormatOf(path);
    if (!format) throw new NewskgError('RDF_PARSE', 'unknown RDF format: use .ttl, .trig, .nq, .nt or .jsonld', { source: path });
    if (format === 'jsonld') {
      const { text } = await readRdfFile(path);
      // RDF/JS quads: Oxigraph converts any term with termType and value
      for (const quad of await parseRdf(text, 'jsonld', path)) this.#store.add(quad as unknown as OxigraphQuad);
    } else {
      const fd = openFile(path);
      const base = pathToFileURL(path).href;
      const triples = format === 'turtle' || format === 'ntriples';
      // a graph of its own first, so that the file's article can be found before its graph is named
      const loading = triples ? `${LOADING_GRAPH}${encodeURIComponent(base)}` : undefined;
      try {
        this.#store.load(readChunks(fd), {
          format: MEDIA_TYPES[format],
          base_iri: base,
          ...(loading ? { to_graph_name: namedNode(loading) } : {}),
        });
      } catch (error) {
        if (loading) this.#store.update(`DROP SILENT GRAPH <${loading}>`);
        throw parseError(error, path);
      } finally {
        closeSync(fd);
      }
      if (loading) this.#nameGraph(loading);
    }
    this.#files++;
    this.#merged = false;
  }

  /** Moves the triples of a just-loaded triple file to the graph of its one article, or to the default graph. */
  #nameGraph(loading: string): void {
    const articles = this.#store.query(`SELECT DISTINCT ?a WHERE { GRAPH <${loading}> { ?a a <${NKG.Article}> } } LIMIT 2`) as Map<
      string,
      { termType: string; value: string }
    >[];
    const article = articles.length === 1 && articles[0]!.get('a')?.termType === 'NamedNode' ? articles[0]!.get('a')!.value : undefined;
    this.#store.update(`ADD <${loading}> TO ${article ? `<${article}>` : 'DEFAULT'} ; DROP GRAPH <${loading}>`);
  }

  get files(): number {
    return this.#files;
  }

  /** The store, with the union of all graphs in its default graph. */
  get store(): Store {
    if (!this.#merged) {
      if (this.#store.query('ASK { GRAPH ?g { ?s ?p ?o } }') === true) {
        this.#store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
      }
      this.#merged = true;
    }
    return this.#store;
  }
}

/** Loads the files in order into a new dataset. */
export async function loadDataset(files: readonly string[]): Promise<QueryDataset> {
  const dataset = new QueryDataset();
  for (const file of files) await dataset.load(file);
  return dataset;
}

function openFile(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
}

/** The file in 1 MiB pieces, so a large N-Quads dump is never one string in memory. */
function* readChunks(fd: number): Generator<Uint8Array> {
  for (;;) {
    const buffer = new Uint8Array(CHUNK_BYTES);
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    if (read === 0) return;
    yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
  }
}

/** Oxigraph says "Parser error at line 2 column 23: . is not a valid RDF object". */
function parseError(error: unknown, path: string): NewskgError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /line (\d+) column (\d+):\s*/.exec(message);
  if (!at) return new NewskgError('RDF_PARSE', message, { source: path });
  return new NewskgError('RDF_PARSE', message.slice(at.index + at[0].length), { source: path, line: Number(at[1]), column: Number(at[2]) });
}
