import { execFileSync, spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/cli.js';

/** A store the integration test may write to: its endpoints and the DBA login. */
export interface TestStore {
  sparql: string;
  sparqlAuth: string;
  graphStore: string;
  user: string;
  password: string;
  /** Set when this test started the server itself and must stop it. */
  ownDir?: string;
}

export type StoreLookup = { store: TestStore } | { skip: string };

const VARS = [
  'NEWSKG_TEST_STORE_SPARQL',
  'NEWSKG_TEST_STORE_SPARQL_AUTH',
  'NEWSKG_TEST_STORE_GSP',
  'NEWSKG_TEST_STORE_USER',
  'NEWSKG_TEST_STORE_PASSWORD',
] as const;

/**
 * The store from the environment (.ci/run exports it from scripts/virtuoso/start.sh);
 * failing that, a Virtuoso this test starts itself when virtuoso-t is installed;
 * failing that, a reason to skip.
 */
export function findTestStore(): StoreLookup {
  const env = process.env;
  if (env['NEWSKG_TEST_STORE']) {
    const missing = VARS.filter((v) => !env[v]);
    if (missing.length) throw new Error(`NEWSKG_TEST_STORE is set but ${missing.join(', ')} are not`);
    return {
      store: { sparql: env[VARS[0]]!, sparqlAuth: env[VARS[1]]!, graphStore: env[VARS[2]]!, user: env[VARS[3]]!, password: env[VARS[4]]! },
    };
  }
  if (spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt']).status !== 0) {
    return {
      skip: 'no NEWSKG_TEST_STORE in the environment and no virtuoso-t on PATH (apt-get install virtuoso-opensource-7-bin, or run .ci/run)',
    };
  }
  return { store: startOwnVirtuoso() };
}

function startOwnVirtuoso(): TestStore {
  // ports of their own, so a server started by hand on the defaults is left alone
  const env = {
    ...process.env,
    VIRTUOSO_SQL_PORT: process.env['VIRTUOSO_SQL_PORT'] ?? '11131',
    VIRTUOSO_HTTP_PORT: process.env['VIRTUOSO_HTTP_PORT'] ?? '18931',
  };
  const exports = execFileSync('bash', [`${ROOT}scripts/virtuoso/start.sh`], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const vars = Object.fromEntries([...exports.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  const missing = VARS.filter((v) => !vars[v]);
  if (missing.length) throw new Error(`scripts/virtuoso/start.sh did not print ${missing.join(', ')}`);
  return {
    sparql: vars['NEWSKG_TEST_STORE_SPARQL']!,
    sparqlAuth: vars['NEWSKG_TEST_STORE_SPARQL_AUTH']!,
    graphStore: vars['NEWSKG_TEST_STORE_GSP']!,
    user: vars['NEWSKG_TEST_STORE_USER']!,
    password: vars['NEWSKG_TEST_STORE_PASSWORD']!,
    ownDir: vars['VIRTUOSO_DIR']!,
  };
}

export function stopOwnVirtuoso(store: TestStore | undefined): void {
  if (store?.ownDir) execFileSync('bash', [`${ROOT}scripts/virtuoso/stop.sh`, store.ownDir], { stdio: 'inherit' });
}
