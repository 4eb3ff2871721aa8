import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers/cli.js';
import { answer, digestGuard, useFakeStore, virtuosoStandIn } from '../store/fake-store.js';

const TRIG = `${ROOT}tests/fixtures/store/two-graphs.trig`;

const startStore = useFakeStore();

describe('newskg load', () => {
  it('PUTs each named graph, records their digests, and prints a summary line', async () => {
    const s = await startStore((req, res) => answer(res, req.method === 'GET' ? 404 : 201));
    const run = await cli(['load', TRIG, '--endpoint', `${s.url}/store`]);
    expect(run.status).toBe(0);
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /store?graph=urn%3Anewskg%3Aload',
      'PUT /store?graph=https%3A%2F%2Fexample.org%2Farticle%2Fa',
      'PUT /store?graph=https%3A%2F%2Fexample.org%2Farticle%2Fb',
      'POST /store?graph=urn%3Anewskg%3Aload',
    ]);
    expect(s.requests[3]!.body).toMatch(
      /^<https:\/\/example.org\/article\/a> <urn:newskg:load#digest> "sha256:[0-9a-f]{64}" \.\n<https:\/\/example.org\/article\/b> /,
    );
    expect(run.stderr).toMatch(
      new RegExp(`newskg: 2 graph\\(s\\) loaded into ${s.url}/store \\(gsp\\), 5 triples, 0 failed, 0 input\\(s\\) unreadable\\n$`),
    );
  });

  it('logs in with Digest using the password from the named environment variable', async () => {
    const guard = digestGuard('dba', 'from-env');
    const s = await startStore((req, res) => guard(req, res) && answer(res, 200));
    const run = await cli(
      ['load', TRIG, '--endpoint', `${s.url}/sparql-auth`, '--protocol', 'update', '--user', 'dba', '--password-env', 'MY_PW'],
      { env: { MY_PW: 'from-env' } },
    );
    expect(run.status).toBe(0);
    // both small graphs in one update, each with its digest
    expect(s.requests.at(-1)!.body).toMatch(/^DROP SILENT GRAPH <https:\/\/example.org\/article\/a> ;\nINSERT DATA/);
    expect(s.requests.at(-1)!.body).toContain('DROP SILENT GRAPH <https://example.org/article/b> ;\nINSERT DATA');
    expect(s.requests.at(-1)!.body).toContain(
      'INSERT DATA { GRAPH <urn:newskg:load> { <https://example.org/article/b> <urn:newskg:load#digest> "sha256:',
    );
  });

  it('fails with one clear line and exit 3 on a wrong password, never printing it', async () => {
    const guard = digestGuard('dba', 'right');
    const s = await startStore((req, res) => guard(req, res) && answer(res, 201));
    const run = await cli(['load', TRIG, '--endpoint', `${s.url}/crud`, '--user', 'dba', '--password-env', 'MY_PW'], {
      env: { MY_PW: 'wrong-pass' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(
      `error: authentication failed for ${s.url}/crud: check --user and the password in $MY_PW (HTTP 401: wrong user or password)\n`,
    );
    expect(run.stderr).not.toContain('wrong-pass');
    expect(s.requests).toHaveLength(2);
  });

  it('redacts credentials given in the endpoint URL from every line it prints', async () => {
    const s = await startStore((_req, res) => answer(res, 500, 'internal error for dba:topsecret'));
    const url = `${s.url.replace('http://', 'http://dba:topsecret@')}/store`;
    const run = await cli(['load', TRIG, '--endpoint', url, '--tries', '1']);
    expect(run.status).toBe(3);
    expect(run.stderr).not.toContain('topsecret');
    expect(run.stderr).toContain(`loaded into ${s.url}/store`);
  });

  it('skips on a rerun the graphs the store holds as they are', async () => {
    let state = '';
    const s = await startStore((req, res) => {
      if (req.method === 'POST' && req.url.includes('urn%3Anewskg%3Aload')) state += req.body;
      if (req.method === 'GET') return answer(res, state ? 200 : 404, state, { 'content-type': 'application/n-triples' });
      answer(res, 201);
    });
    expect((await cli(['load', TRIG, '--endpoint', `${s.url}/store`])).status).toBe(0);
    const again = await cli(['load', TRIG, '--endpoint', `${s.url}/store`]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/newskg: 0 graph\(s\) loaded into .*, 0 triples, 2 unchanged, 0 failed/);
    expect(s.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });

  it('refuses --sync over SPARQL Update without a Graph Store to read what it loaded before', async () => {
    const run = await cli(['load', TRIG, '--endpoint', 'http://127.0.0.1:9/update', '--protocol', 'update', '--sync']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--sync needs to read what newskg loaded before: give --graph-store');
  });

  it('--protocol virtuoso reads and records the digests in the Graph Store beside /sparql-auth, and refuses an endpoint it cannot place', async () => {
    const s = await startStore(virtuosoStandIn());
    const run = await cli(['load', TRIG, '--endpoint', `${s.url}/sparql-auth`, '--protocol', 'virtuoso']);
    expect(run.status, run.stderr).toBe(0);
    expect(s.requests.map((r) => `${r.method} ${r.url.replace(/\?query=.*/, '?query=...')}`)).toEqual([
      'GET /sparql-graph-crud-auth?graph=urn%3Anewskg%3Aload',
      'POST /sparql-auth',
      'POST /sparql-auth?query=...',
      'POST /sparql-auth',
      'POST /sparql-graph-crud-auth?graph=urn%3Anewskg%3Aload',
    ]);
    expect(run.stderr).toMatch(/newskg: 2 graph\(s\) loaded into .*\/sparql-auth \(virtuoso\), 5 triples, 0 failed/);
    const refused = await cli(['load', TRIG, '--endpoint', 'http://127.0.0.1:9/proxy', '--protocol', 'virtuoso']);
    expect(refused.status).toBe(64);
    expect(refused.stderr).toContain('--protocol virtuoso needs Virtuoso');
  });

  it('refuses --user when the password variable is not set', async () => {
    const run = await cli(['load', TRIG, '--endpoint', 'http://127.0.0.1:9/store', '--user', 'dba', '--password-env', 'NEWSKG_UNSET_VAR']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--user dba needs a password: set $NEWSKG_UNSET_VAR');
  });

  it('reports an unreadable input, loads the others and exits 2', async () => {
    const s = await startStore((_req, res) => answer(res, 204));
    const run = await cli(['load', TRIG, `${ROOT}tests/fixtures/store/missing.trig`, '--endpoint', `${s.url}/store`]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.trig: INPUT_NOT_FOUND');
    expect(s.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });

  it('hides the user-info of a URL it refuses, though commander quotes the value', async () => {
    const run = await cli(['load', TRIG, '--endpoint', 'ftp://dba:s3cret-pw@127.0.0.1/store']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain("argument 'ftp://***@127.0.0.1/store' is invalid");
    expect(run.stderr).not.toContain('s3cret-pw');
  });
});
