/**
 * A throwaway Virtuoso for npm run bench:query: started with scripts/virtuoso/start.sh on ports
 * of its own (not CI's 11111/18890), loaded with Virtuoso's bulk loader (ld_dir +
 * rdf_loader_run), queried over its SPARQL endpoint, stopped with scripts/virtuoso/stop.sh.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Virtuoso {
  dir: string;
  sqlPort: string;
  sparql: string;
  password: string;
  version: string;
}

export interface VirtuosoSizes {
  /** 8 KB pages of cache. */
  buffers: number;
  /** A query running longer returns what it found so far, flagged as partial (see sparqlSelect). */
  querySeconds: number;
}

export function startVirtuoso(root: string, ports: { sql: number; http: number }, sizes: VirtuosoSizes): Virtuoso {
  const env = {
    ...process.env,
    VIRTUOSO_SQL_PORT: String(ports.sql),
    VIRTUOSO_HTTP_PORT: String(ports.http),
    VIRTUOSO_BUFFERS: String(sizes.buffers),
    VIRTUOSO_DIRTY_BUFFERS: String(Math.round(sizes.buffers * 0.75)),
    VIRTUOSO_MAX_ROWS: '100000000',
    VIRTUOSO_QUERY_SECONDS: String(sizes.querySeconds),
    VIRTUOSO_COST_SECONDS: '100000',
  };
  // the usage text, with the version, goes to standard error with a non-zero exit status
  const usage = spawnSync('virtuoso-t', ['-?'], { encoding: 'utf8' });
  const version = /Version (\S+)/.exec(`${usage.stdout}${usage.stderr}`)?.[1] ?? 'unknown';
  // a limit on the whole server too: on a shared machine the kernel's OOM killer may pick another process
  const limitKb = Math.round(sizes.buffers * 8 * 2 + 4 * 2 ** 20);
  const exports = execFileSync('bash', ['-c', `ulimit -v ${limitKb} && exec bash "$0"`, join(root, 'scripts/virtuoso/start.sh')], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const vars = Object.fromEntries([...exports.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  return {
    dir: vars['VIRTUOSO_DIR']!,
    sqlPort: String(ports.sql),
    sparql: vars['NEWSKG_TEST_STORE_SPARQL']!,
    password: vars['NEWSKG_TEST_STORE_PASSWORD']!,
    version,
  };
}

export function stopVirtuoso(root: string, virtuoso: Virtuoso): void {
  execFileSync('bash', [join(root, 'scripts/virtuoso/stop.sh'), virtuoso.dir], { stdio: 'inherit' });
}

/** Runs SQL through isql-vt as dba; returns its output. */
function isql(virtuoso: Virtuoso, sql: string): string {
  return execFileSync('isql-vt', [`127.0.0.1:${virtuoso.sqlPort}`, 'dba', virtuoso.password], {
    input: sql,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

/**
 * The bulk loader on one N-Quads file: the file is linked into the server's folder (the only one
 * its DirsAllowed lists), registered with ld_dir, loaded with rdf_loader_run, then checkpointed.
 * Returns the quads it added (the store starts with a few thousand of its own).
 */
export function bulkLoad(virtuoso: Virtuoso, nquads: string): number {
  const target = join(virtuoso.dir, basename(nquads));
  try {
    linkSync(nquads, target);
  } catch {
    copyFileSync(nquads, target);
  }
  const before = quadCount(virtuoso);
  isql(virtuoso, `ld_dir('${virtuoso.dir}', '${basename(nquads)}', 'urn:newskg:bench:default');\nrdf_loader_run();\ncheckpoint;\n`);
  const errors = isql(virtuoso, 'SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;\n');
  if (!/\b0 Rows\./.test(errors)) throw new Error(`Virtuoso's bulk loader reported errors:\n${errors}`);
  return quadCount(virtuoso) - before;
}

function quadCount(virtuoso: Virtuoso): number {
  const count = /^\s*(\d+)\s*$/m.exec(isql(virtuoso, 'SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };\n'))?.[1];
  if (count === undefined) throw new Error('could not count the quads in Virtuoso');
  return Number(count);
}

export interface SparqlResponse {
  text: string;
  /** Virtuoso stopped at its MaxQueryExecutionTime and sent what it had (an "anytime" result). */
  partial: boolean;
}

/** POSTs a query to the endpoint; the whole response is read before it resolves. */
export async function sparqlSelect(endpoint: string, query: string, accept: string, timeoutMs: number): Promise<SparqlResponse> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
    body: new URLSearchParams({ query }).toString(),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { text, partial: response.headers.has('x-sql-state') };
}
