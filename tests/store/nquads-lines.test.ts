import { describe, expect, it } from 'vitest';
import { splitQuadLine } from '../../src/store/index.js';

const where = { source: 'corpus.nq', line: 7 };

describe('splitQuadLine', () => {
  it('splits a quad into its N-Triples statement and its graph', () => {
    expect(splitQuadLine('<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> <https://ex.org/g> .', where)).toEqual({
      triple: '<https://ex.org/a> <https://ex.org/p> <https://ex.org/b> .',
      graph: 'https://ex.org/g',
    });
  });

  it('keeps a literal whole when it holds what looks like a graph name, a quote or a tab', () => {
    const line =
      '<https://ex.org/a>\t<https://ex.org/p> "she said \\"<https://ex.org/x> .\\"\tthen left"@en-GB <https://ex.org/g> . # note';
    expect(splitQuadLine(line, where)).toEqual({
      triple: '<https://ex.org/a>\t<https://ex.org/p> "she said \\"<https://ex.org/x> .\\"\tthen left"@en-GB .',
      graph: 'https://ex.org/g',
    });
  });

  it('reads typed literals, blank nodes and triples of the default graph', () => {
    expect(splitQuadLine('_:b1 <https://ex.org/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .', where)).toEqual({
      triple: '_:b1 <https://ex.org/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .',
      graph: undefined,
    });
  });

  it('skips blank and comment lines', () => {
    expect(splitQuadLine('', where)).toBeUndefined();
    expect(splitQuadLine('   # a comment', where)).toBeUndefined();
  });

  it.each([
    ['<https://ex.org/a b> <https://ex.org/p> <https://ex.org/o> .', 'is not an absolute IRI'],
    ['<relative> <https://ex.org/p> <https://ex.org/o> .', 'is not an absolute IRI'],
    ['<https://ex.org/a> <https://ex.org/p> "open .', 'a literal is not closed'],
    ['<https://ex.org/a> <https://ex.org/p> "x"@en} <https://ex.org/g> .', 'expected'],
    ['<https://ex.org/a> <https://ex.org/p> <https://ex.org/o> <https://ex.org/g> . } ; DROP ALL', 'text after the final'],
  ])('refuses %s, naming the file, line and column', (line, why) => {
    expect(() => splitQuadLine(line, where)).toThrow(why);
    try {
      splitQuadLine(line, where);
    } catch (error) {
      expect((error as { location: unknown }).location).toMatchObject({ source: 'corpus.nq', line: 7 });
    }
  });
});
