/**
 * Apache Jena as Debian ships it (apt-get install libapache-jena-java): jars in /usr/share/java
 * and no launcher scripts, so the tools run as `java -cp <jars> tdb2.tdbloader ...`.
 * Used by npm run bench:query and by tests/integration/jena.test.ts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const JARS = '/usr/share/java';
/** Jena's own jars, then what Debian's libapache-jena-java depends on (one slf4j binding: nop). */
const JENA_JARS = [
  'arq',
  'base',
  'cmds',
  'core',
  'dboe-base',
  'dboe-index',
  'dboe-storage',
  'dboe-trans-data',
  'dboe-transaction',
  'iri',
  'rdfconnection',
  'tdb2',
].map((j) => `jena-${j}`);
const DEPENDENCY_JARS = [
  'commons-cli',
  'commons-codec',
  'commons-compress',
  'commons-csv',
  'commons-io',
  'commons-lang3',
  'dexx.collection',
  'gson',
  'guava',
  'httpclient',
  'httpcore',
  'jackson-core',
  'jackson-databind',
  'jackson-annotations',
  'jsonld-java',
  'jakarta.json-api',
  'protobuf',
  'thrift',
  'titanium-json-ld',
  'slf4j-api',
  'slf4j-nop',
];

export interface Jena {
  /** The class path for `java -cp`. */
  classpath: string;
  version: string;
}

export type JenaLookup = { jena: Jena } | { skip: string };

/**
 * Jena's jars and a folder of our own beside them, or why Jena cannot run here.
 * Debian's jena-core 4.5.0 moved Xerces's classes to the package `xerces` but left its resource
 * bundles under org/apache/jena/ext/xerces, so the first XSD datatype fails ("internal error" in
 * XSSimpleTypeDecl: the regex parser cannot find its message bundle). An empty bundle where the
 * classes look for it is enough: the messages are only read to report a bad pattern.
 */
export function findJena(workDir: string): JenaLookup {
  if (spawnSync('sh', ['-c', 'command -v java']).status !== 0) return { skip: 'no java on PATH (apt-get install libapache-jena-java)' };
  const jars = [...JENA_JARS, ...DEPENDENCY_JARS].map((j) => join(JARS, `${j}.jar`));
  const missing = jars.filter((j) => !existsSync(j));
  if (missing.length) return { skip: `Jena's jars are missing (apt-get install libapache-jena-java): ${missing.join(', ')}` };
  const bundles = join(workDir, 'jena-resources');
  mkdirSync(join(bundles, 'xerces/impl/xpath/regex'), { recursive: true });
  writeFileSync(join(bundles, 'xerces/impl/xpath/regex/message.properties'), '');
  const classpath = [...jars, bundles].join(':');
  const version =
    execFileSync('java', ['-cp', classpath, 'tdb2.tdbquery', '--version'], { encoding: 'utf8' }).match(/Jena:\s+VERSION:\s+(\S+)/)?.[1] ??
    'unknown';
  return { jena: { classpath, version } };
}

/** Bulk-loads N-Quads files into a new TDB2 database at `location` with tdb2.tdbloader. */
export function loadTdb2(jena: Jena, location: string, files: readonly string[]): void {
  execFileSync('java', ['-cp', jena.classpath, 'tdb2.tdbloader', '--loc', location, ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export interface JenaQueryRun {
  /** Standard output: the results, once per run (warm-up included). */
  stdout: string;
  /** Seconds of each timed run, as tdbquery's --time reports them; empty when it timed out. */
  seconds: number[];
  timedOut: boolean;
}

/**
 * Runs one query file against a TDB2 database with its union graph as the default graph (as
 * Fuseki's tdb2:unionDefaultGraph; the symbol is spelled out because the short form "tdb:" is
 * only known when TDB1 is loaded, and unknown names are ignored). `warmups` runs first, then
 * `runs` timed ones, in one JVM.
 */
export function tdb2Query(
  jena: Jena,
  location: string,
  queryFile: string,
  options: { format: 'json' | 'tsv'; warmups: number; runs: number; timeoutMs: number },
): Promise<JenaQueryRun> {
  const args = [
    '-cp',
    jena.classpath,
    'tdb2.tdbquery',
    '--loc',
    location,
    '--set',
    'http://jena.apache.org/TDB#unionDefaultGraph=true',
    `--results=${options.format}`,
    '--query',
    queryFile,
  ];
  args.push('--time');
  if (options.warmups + options.runs > 1) args.push(`--repeat=${options.warmups},${options.runs}`);
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ stdout: '', seconds: [], timedOut });
      if (code !== 0) return reject(new Error(`tdb2.tdbquery ${queryFile} ended with ${code}: ${stderr.slice(0, 2000)}`));
      const seconds = [...stderr.matchAll(/^Time: ([\d.]+) sec/gm)].map((m) => Number(m[1]));
      resolve({ stdout: Buffer.concat(out).toString('utf8'), seconds, timedOut });
    });
  });
}
