import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGraphBlocks } from '../../src/store/index.js';
import type { GraphBlock } from '../../src/store/index.js';

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

function files(contents: Record<string, string>): string[] {
  folder = mkdtempSync(join(tmpdir(), 'newskg-blocks-'));
  return Object.entries(contents).map(([name, text]) => {
    writeFileSync(join(folder!, name), text);
    return join(folder!, name);
  });
}

async function read(paths: string[]): Promise<{ blocks: GraphBlock[]; failures: string[] }> {
  const blocks: GraphBlock[] = [];
  const failures: string[] = [];
  for await (const block of readGraphBlocks(paths, (file, error) => failures.push(`${file}: ${(error as Error).message}`)))
    blocks.push(block);
  return { blocks, failures };
}

const quad = (s: string, g: string) => `<https://ex.org/${s}> <https://ex.org/p> "${s}" <https://ex.org/${g}> .\n`;

describe('readGraphBlocks', () => {
  it('streams an N-Quads file one graph at a time, lines sorted and without repeats', async () => {
    const { blocks, failures } = await read(files({ 'corpus.nq': quad('b', 'g1') + quad('a', 'g1') + quad('a', 'g1') + quad('c', 'g2') }));
    expect(failures).toEqual([]);
    expect(blocks).toEqual([
      { graph: 'https://ex.org/g1', lines: ['<https://ex.org/a> <https://ex.org/p> "a" .', '<https://ex.org/b> <https://ex.org/p> "b" .'] },
      { graph: 'https://ex.org/g2', lines: ['<https://ex.org/c> <https://ex.org/p> "c" .'] },
    ]);
  });

  it('never sends the graph a broken line cuts short, and reports the file and line', async () => {
    const { blocks, failures } = await read(
      files({ 'corpus.nq': quad('a', 'g1') + quad('b', 'g2') + '<https://ex.org/c> <https://ex.org/p> "unclosed <https://ex.org/g2> .\n' }),
    );
    expect(blocks.map((b) => b.graph)).toEqual(['https://ex.org/g1']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('a literal is not closed');
  });

  it("merges one article's Turtle and N-Triples files into one graph", async () => {
    const article = '<https://ex.org/art> a <https://w3id.org/newskg/ontology#Article> .\n';
    const { blocks } = await read(files({ 'x.nt': article, 'x.ttl': `${article}<https://ex.org/art> <https://ex.org/p> "t" .\n` }));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.graph).toBe('https://ex.org/art');
    expect(blocks[0]!.lines).toHaveLength(2);
  });
});
