import { describe, expect, it } from 'vitest';
import { findFirstAppeared, findNameLineBlurbs } from '../../src/ingest/blurb.js';
import { splitLines } from '../../src/ingest/lines.js';

describe('findNameLineBlurbs', () => {
  it('reads a name line followed by "<Name> is a ..." and gives the first sentence', () => {
    const text = 'Body.\n\nHarbour Radio\n\nHarbour Radio is a community broadcaster based in Hull. It airs news in four languages.';
    const [blurb] = findNameLineBlurbs(text, splitLines(text), [], 1);
    expect(blurb?.name.value).toBe('Harbour Radio');
    expect(text.slice(blurb!.description!.start, blurb!.description!.end)).toBe('Harbour Radio is a community broadcaster based in Hull.');
    expect(blurb?.lines).toEqual([1, 2]);
  });

  it('does not take an author bio for a source', () => {
    const text = 'Body.\n\nJane Doe\n\nJane Doe is a senior fellow at the Centre for Rail Studies.';
    expect(findNameLineBlurbs(text, splitLines(text), [], 1)).toEqual([]);
    expect(findNameLineBlurbs(text, splitLines(text), ['Jane Doe'], 1)).toEqual([]);
  });

  it('needs the paragraph to start with the name', () => {
    const text = 'Body.\n\nHarbour Radio\n\nThe station is a community broadcaster.';
    expect(findNameLineBlurbs(text, splitLines(text), [], 1)).toEqual([]);
  });
});

describe('findFirstAppeared', () => {
  const first = (line: string) => {
    const found = findFirstAppeared(splitLines(line)[0]!);
    if (found) expect(line.slice(found.name.start, found.name.end)).toBe(found.name.value);
    return found?.name.value;
  };

  it.each([
    ['This article first appeared in The Harbour Gazette.', 'The Harbour Gazette'],
    ['This article was originally published by Riverside Weekly on March 3.', 'Riverside Weekly'],
    ['Originally published at example.org.', 'example.org'],
    ['This article is republished from The Conversation under a Creative Commons license.', 'The Conversation'],
    ['A version of this story appeared in the Northern Post.', 'Northern Post'],
  ])('reads %s', (line, name) => {
    expect(first(line)).toBe(name);
  });

  it('ignores sentences about something else', () => {
    expect(first('The minister first appeared in public on Monday.')).toBeUndefined();
  });
});
