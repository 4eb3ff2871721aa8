import { describe, expect, it } from 'vitest';
import { OutputStems, baseStem } from '../../src/sinks/index.js';

describe('output stems', () => {
  it('names a file by its base name, a JSON Lines record by its id made safe, standard input "stdin"', () => {
    expect(baseStem({ id: 'news/a.txt', file: 'corpus/news/a.txt' })).toBe('a');
    expect(baseStem({ id: '../etc/passwd x', file: 'c.jsonl', line: 3 })).toBe('etc_passwd_x');
    expect(baseStem({ id: '-', file: '-' })).toBe('stdin');
  });

  it('numbers a name taken again in input order, so no article overwrites another', () => {
    const stems = new OutputStems();
    const names = ['x/a.txt', 'y/a.txt', 'a.html', 'b.txt'].map((file) => stems.take({ id: file, file }));
    expect(names).toEqual(['a', 'a-2', 'a-3', 'b']);
  });
});
