import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { QueryDataset, queryForm, runQuery } from '../../src/query/index.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratch } from './helpers.js';

const DATA = `@prefix schema: <https://schema.org/> .
@prefix newskg: <https://w3id.org/newskg/ontology#> .
<https://w3id.org/newskg/id/actor/person/dmitry-rogozin> a newskg:Person ; schema:name "Dmitry Rogozin" .
<https://w3id.org/newskg/id/actor/person/sergey-lavrov> a newskg:Person ; schema:name "Sergey Lavrov, \\"the minister\\"" .
<https://w3id.org/newskg/id/actor/country/russia> a newskg:Country ; schema:name "Russia" ; schema:identifier "RU" .
`;

async function dataset(): Promise<QueryDataset> {
  const file = join(scratch(), 'data.ttl');
  writeFileSync(file, DATA);
  const d = new QueryDataset();
  await d.load(file);
  return d;
}

const PEOPLE = 'SELECT ?person ?name WHERE { ?person a newskg:Person ; schema:name ?name } ORDER BY ?name';

describe('runQuery', () => {
  it('prints a table with IRIs shortened by the project prefixes and a row count', async () => {
    const table = await runQuery((await dataset()).store, PEOPLE, { format: 'table' });
    expect(table.split('\n')).toEqual([
      'person                | name',
      '----------------------+------------------------------',
      'person:dmitry-rogozin | Dmitry Rogozin',
      'person:sergey-lavrov  | Sergey Lavrov, "the minister"',
      '(2 rows)',
      '',
    ]);
  });

  it('writes SPARQL 1.1 CSV: a header of variable names, quoted fields, CRLF line ends', async () => {
    const csv = await runQuery((await dataset()).store, PEOPLE, { format: 'csv' });
    expect(csv).toBe(
      'person,name\r\nhttps://w3id.org/newskg/id/actor/person/dmitry-rogozin,Dmitry Rogozin\r\nhttps://w3id.org/newskg/id/actor/person/sergey-lavrov,"Sergey Lavrov, ""the minister"""\r\n',
    );
  });

  it('writes SPARQL 1.1 TSV: ?variables and terms in SPARQL syntax', async () => {
    const tsv = await runQuery((await dataset()).store, PEOPLE, { format: 'tsv' });
    expect(tsv.split('\n')[0]).toBe('?person\t?name');
    expect(tsv.split('\n')[1]).toBe('<https://w3id.org/newskg/id/actor/person/dmitry-rogozin>\t"Dmitry Rogozin"');
  });

  it('writes SPARQL 1.1 JSON results', async () => {
    const json = JSON.parse(await runQuery((await dataset()).store, PEOPLE, { format: 'json' }));
    expect(json.head.vars).toEqual(['person', 'name']);
    expect(json.results.bindings[0]).toEqual({
      person: { type: 'uri', value: 'https://w3id.org/newskg/id/actor/person/dmitry-rogozin' },
      name: { type: 'literal', value: 'Dmitry Rogozin' },
    });
  });

  it('keeps an unbound variable as an empty cell', async () => {
    const query = 'SELECT ?name ?code WHERE { ?a schema:name ?name OPTIONAL { ?a schema:identifier ?code } } ORDER BY ?name';
    const table = await runQuery((await dataset()).store, query, { format: 'table' });
    expect(table).toMatch(/^Dmitry Rogozin +\|$/m);
    expect(table).toMatch(/^Russia +\| RU$/m);
  });

  it('answers ASK with true or false, and the JSON boolean form', async () => {
    const store = (await dataset()).store;
    expect(await runQuery(store, 'ASK { ?a schema:identifier "RU" }', { format: 'table' })).toBe('true\n');
    expect(JSON.parse(await runQuery(store, 'ASK { ?a schema:identifier "XX" }', { format: 'json' }))).toEqual({
      head: {},
      boolean: false,
    });
  });

  it('writes CONSTRUCT results as Turtle with the project prefixes', async () => {
    const turtle = await runQuery(
      (await dataset()).store,
      'CONSTRUCT { ?a schema:name ?n } WHERE { ?a a newskg:Country ; schema:name ?n }',
      { format: 'table' },
    );
    expect(turtle).toContain('country:russia schema:name "Russia" .');
    expect(new Parser().parse(turtle)).toHaveLength(1);
  });

  it('writes CONSTRUCT results as JSON-LD with --format json', async () => {
    const json = JSON.parse(
      await runQuery((await dataset()).store, 'CONSTRUCT { ?a schema:name ?n } WHERE { ?a a newskg:Country ; schema:name ?n }', {
        format: 'json',
      }),
    );
    expect(json).toEqual([
      { '@id': 'https://w3id.org/newskg/id/actor/country/russia', 'https://schema.org/name': [{ '@value': 'Russia' }] },
    ]);
  });

  it('lets a query declare its own prefixes over the predeclared ones', async () => {
    const rows = await runQuery((await dataset()).store, 'PREFIX schema: <http://schema.org/>\nSELECT ?n WHERE { ?a schema:name ?n }', {
      format: 'csv',
    });
    expect(rows).toBe('n\r\n');
  });

  it('cuts long cells when asked, never in CSV', async () => {
    const store = (await dataset()).store;
    expect(await runQuery(store, PEOPLE, { format: 'table', maxWidth: 10 })).toContain('Sergey La…');
    expect(await runQuery(store, PEOPLE, { format: 'csv', maxWidth: 10 })).toContain('Sergey Lavrov');
  });

  it('reports a syntax error at its line in the query as written (the predeclared prefixes do not count)', async () => {
    const query = 'SELECT ?name\nWHERE {\n  ?a schema:name ?name\n  FILTER(\n}';
    const error = await runQuery((await dataset()).store, query, { format: 'table', source: 'q.rq' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'QUERY_INVALID', location: { source: 'q.rq', line: 5 } });
    expect((error as { location: { column: number } }).location.column).toBeGreaterThan(0);
    expect((error as Error).message).toMatch(/^expected /);
  });

  it('refuses an update: query runs queries only', async () => {
    await expect(runQuery((await dataset()).store, 'INSERT DATA { <urn:a> <urn:b> <urn:c> }', { format: 'table' })).rejects.toMatchObject({
      code: 'QUERY_INVALID',
    });
  });
});

describe('queryForm', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'select'],
    ['# comment\nPREFIX ex: <http://ex.org/select#>\nBASE <http://ex.org/>\nask { ?s ?p ?o }', 'ask'],
    ['PREFIX : <urn:x>\nCONSTRUCT WHERE { ?s ?p ?o }', 'construct'],
    ['DESCRIBE <urn:x>', 'describe'],
    ['INSERT DATA { <urn:a> <urn:b> <urn:c> }', undefined],
  ])('reads %j as %s', (query, form) => {
    expect(queryForm(query)).toBe(form);
  });
});
