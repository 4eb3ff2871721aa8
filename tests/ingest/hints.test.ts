import { describe, expect, it } from 'vitest';
import { hintsFrom, mergeHints } from '../../src/core/hints.js';

describe('hintsFrom and mergeHints', () => {
  it('tags plain values with one origin and drops empty ones', () => {
    expect(hintsFrom({ title: 'Talks fail', url: '', author: ['Jane Doe'] }, 'record')).toEqual({
      title: { value: 'Talks fail', origin: 'record' },
      author: { value: ['Jane Doe'], origin: 'record' },
    });
  });

  it('lets later layers win field by field', () => {
    const merged = mergeHints(
      hintsFrom({ title: 'From record', publisher: 'Record Post' }, 'record'),
      hintsFrom({ title: 'From option' }, 'option'),
    );
    expect(merged.title).toEqual({ value: 'From option', origin: 'option' });
    expect(merged.publisher).toEqual({ value: 'Record Post', origin: 'record' });
  });
});
