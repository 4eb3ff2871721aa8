import { describe, expect, it } from 'vitest';
import { lineAt, lineLowerBound, partitionPoint } from '../../src/core/search.js';

describe('partitionPoint', () => {
  it('finds the first item after the prefix a test holds on', () => {
    const starts = [0, 10, 25, 40, 41];
    expect(partitionPoint(starts, (s) => s <= 24)).toBe(2);
    expect(partitionPoint(starts, (s) => s <= 25)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 0)).toBe(0);
    expect(partitionPoint(starts, () => true)).toBe(starts.length);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on every cut of a sorted array with repeats', () => {
    const values = [1, 1, 2, 3, 3, 3, 7, 9, 9];
    for (let cut = 0; cut <= 10; cut++) {
      const linear = values.findIndex((v) => !(v < cut));
      expect(partitionPoint(values, (v) => v < cut)).toBe(linear < 0 ? values.length : linear);
    }
  });
});

describe('lineLowerBound', () => {
  /** The line index partitionPoint gives on the split table, as the offset lineLowerBound returns. */
  function expected(table: string, probe: string): number {
    const lines = table.split('\n');
    const at = partitionPoint(lines, (line) => line < probe);
    return at >= lines.length ? table.length : lines.slice(0, at).reduce((n, line) => n + line.length + 1, 0);
  }

  it('finds where the first line not below a probe starts, as a search of the split lines would', () => {
    const table = ['Aachen\t0', 'Abu\t12', 'Abu Dhabi\t30', 'Accra\t44', 'Zürich\t51'].join('\n');
    expect(lineAt(table, lineLowerBound(table, 'Abu\t'))).toBe('Abu\t12');
    expect(lineAt(table, lineLowerBound(table, 'Abu D'))).toBe('Abu Dhabi\t30');
    expect(lineAt(table, lineLowerBound(table, 'A'))).toBe('Aachen\t0');
    expect(lineLowerBound(table, 'a')).toBe(table.length);
    expect(lineAt(table, table.length)).toBeUndefined();
    for (const probe of ['', 'A', 'Aachen', 'Aachen\t0', 'Ab', 'Abu\t', 'Abu E', 'B', 'Zürich\t', 'Zürich\t51', 'Zz', '\uffff'])
      expect(lineLowerBound(table, probe)).toBe(expected(table, probe));
  });

  it('agrees with the split search on tables of every size, one line and none included', () => {
    const words = ['b', 'bb', 'c', 'ca', 'cab', 'd', 'e e', 'f', 'g', 'h', 'ij', 'k'];
    for (let size = 0; size <= words.length; size++) {
      const table = words.slice(0, size).join('\n');
      for (const probe of ['', 'a', 'b', 'ba', 'bb', 'c', 'cb', 'e', 'e f', 'h', 'ik', 'k', 'l']) {
        expect(lineLowerBound(table, probe)).toBe(size ? expected(table, probe) : 0);
      }
    }
  });
});
