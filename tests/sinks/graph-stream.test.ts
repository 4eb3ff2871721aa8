import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { GraphStream } from '../../src/sinks/index.js';

const A = `@prefix ex: <https://example.org/> .
@prefix schema: <https://schema.org/> .

ex:a {
    ex:a schema:name "A" .
}
`;
const B = `@prefix ex: <https://example.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .

ex:b {
    ex:b prov:wasGeneratedBy ex:run .
}
`;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'newskg-stream-'));
}

describe('GraphStream', () => {
  it('merges TriG documents into one, declaring each prefix once', async () => {
    const path = join(scratch(), 'all.trig');
    const stream = await GraphStream.open(path, 'trig');
    await stream.writeGraph(A);
    await stream.writeGraph(B);
    await stream.commit();
    const text = readFileSync(path, 'utf8');
    expect(text.match(/@prefix ex:/g)).toHaveLength(1);
    const quads = new Parser({ format: 'TriG' }).parse(text);
    expect(quads.map((q) => [q.graph.value, q.object.value])).toEqual([
      ['https://example.org/a', 'A'],
      ['https://example.org/b', 'https://example.org/run'],
    ]);
  });

  it('appends N-Quads as they are', async () => {
    const path = join(scratch(), 'all.nq');
    const stream = await GraphStream.open(path, 'nquads');
    await stream.writeGraph('<urn:a> <urn:p> "1" <urn:g1> .\n');
    await stream.writeGraph('<urn:b> <urn:p> "2" <urn:g2> .\n');
    await stream.commit();
    expect(readFileSync(path, 'utf8')).toBe('<urn:a> <urn:p> "1" <urn:g1> .\n<urn:b> <urn:p> "2" <urn:g2> .\n');
  });

  it('shows the file only once it is complete, and not at all when aborted', async () => {
    const dir = scratch();
    const stream = await GraphStream.open(join(dir, 'all.nq'), 'nquads');
    await stream.writeGraph('<urn:a> <urn:p> "1" <urn:g1> .\n');
    expect(readdirSync(dir).filter((f) => f === 'all.nq')).toEqual([]);
    await stream.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});
