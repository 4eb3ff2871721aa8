import { describe, expect, it } from 'vitest';
import { lexiconEntries } from '../../../src/extract/events/lexicon.js';
import { EVENT_TYPES } from '../../../src/extract/events/scheme.js';

describe('the trigger lexicon', () => {
  const entries = lexiconEntries();

  it('names only types of the scheme', () => {
    expect(entries.filter(([, entry]) => !EVENT_TYPES.includes(entry.type))).toEqual([]);
  });

  it('writes forms in lower case with ASCII apostrophes', () => {
    expect(entries.map(([form]) => form).filter((form) => form !== form.toLowerCase() || /[’‘]/.test(form))).toEqual([]);
  });

  it('has a trigger for every broad class', () => {
    const types = new Set(entries.map(([, entry]) => entry.type));
    for (const type of [
      'meeting',
      'agreement',
      'vote',
      'legislation',
      'attack',
      'protest',
      'arrest',
      'appointment',
      'acquisition',
      'natural-disaster',
      'killing',
      'deployment',
      'publication',
    ]) {
      expect(types.has(type as never), type).toBe(true);
    }
  });
});
