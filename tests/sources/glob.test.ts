import { describe, expect, it } from 'vitest';
import { isGlob, planGlob } from '../../src/sources/glob.js';

describe('planGlob', () => {
  it('walks from the leading folders without magic', () => {
    expect(planGlob('corpus/2024/*.html')).toMatchObject({ base: 'corpus/2024', maxDepth: 0 });
    expect(planGlob('*.txt')).toMatchObject({ base: '.', maxDepth: 0 });
    expect(planGlob('/data/**/*.jsonl').base).toBe('/data');
  });

  it('matches * and ? within one folder level only', () => {
    const { matcher } = planGlob('in/*.tx?');
    expect(matcher.test('a.txt')).toBe(true);
    expect(matcher.test('sub/a.txt')).toBe(false);
    expect(matcher.test('a.text')).toBe(false);
  });

  it('matches ** across any number of folders, none included', () => {
    const plan = planGlob('in/**/*.html');
    expect(plan.maxDepth).toBeUndefined();
    expect(['a.html', 'x/a.html', 'x/y/a.html', 'a.htm'].map((p) => plan.matcher.test(p))).toEqual([true, true, true, false]);
  });

  it('matches classes and alternatives', () => {
    const { matcher } = planGlob('in/[a-c]*.{txt,html}');
    expect(['b1.txt', 'c.html', 'd.txt', 'b.md'].map((p) => matcher.test(p))).toEqual([true, true, false, false]);
    expect(planGlob('in/[!a]*').matcher.test('a1')).toBe(false);
  });

  it('treats regex characters in names literally', () => {
    expect(planGlob('in/a+b(1).*').matcher.test('a+b(1).txt')).toBe(true);
    expect(planGlob('in/a+b(1).*').matcher.test('aab(1).txt')).toBe(false);
  });

  it('tells patterns from plain paths', () => {
    expect(isGlob('corpus/*.txt')).toBe(true);
    expect(isGlob('corpus/a.txt')).toBe(false);
  });
});
