import { describe, expect, it } from 'vitest';
import { genreOfLabel, OPINION_DISCLAIMER, splitGenreLabel } from '../../src/ingest/genre.js';

describe('genreOfLabel', () => {
  it.each([
    ['OpEd', 'OpEd'],
    ['Op-Ed', 'OpEd'],
    ['OPINION', 'OpEd'],
    ['Analysis', 'Analysis'],
    ['News analysis', 'Analysis'],
    ['Interview', 'Interview'],
    ['Q&A', 'Interview'],
    ['Editorial', 'Editorial'],
    ['Book review', 'Review'],
    ['Obituary', 'Obituary'],
    ['Commentary', 'Commentary'],
    ['Feature', 'Feature'],
  ])('maps %s to %s', (label, genre) => {
    expect(genreOfLabel(label)).toBe(genre);
  });

  it('knows nothing of other words', () => {
    expect(genreOfLabel('World')).toBeUndefined();
  });
});

describe('splitGenreLabel', () => {
  it('splits a suffix after a dash', () => {
    const line = 'Missile Row Intensifies – OpEd';
    const found = splitGenreLabel(line)!;
    expect(found.genre).toBe('OpEd');
    expect(line.slice(found.start, found.end)).toBe('Missile Row Intensifies');
    expect(line.slice(found.labelStart, found.labelEnd)).toBe('OpEd');
  });

  it.each([
    ['Analysis: Why the plan stalled', 'Analysis', 'Why the plan stalled'],
    ['OPINION | The four-day week', 'OpEd', 'The four-day week'],
    ['Interview – The river chief', 'Interview', 'The river chief'],
    ['The river chief (Interview)', 'Interview', 'The river chief'],
    ['The river chief | Analysis', 'Analysis', 'The river chief'],
  ])('reads %s', (line, genre, headline) => {
    const found = splitGenreLabel(line)!;
    expect(found.genre).toBe(genre);
    expect(line.slice(found.start, found.end)).toBe(headline);
  });

  it('needs a separator, so a headline that starts with a genre word is left alone', () => {
    expect(splitGenreLabel('Opinion polls show a tight race')).toBeUndefined();
    expect(splitGenreLabel('NATO-Russia talks fail')).toBeUndefined();
  });
});

describe('OPINION_DISCLAIMER', () => {
  it('matches the usual disclaimer', () => {
    expect(OPINION_DISCLAIMER.test("The views expressed in this article are the author's own.")).toBe(true);
  });
});
