import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITY_INDEX_FILE, cityIndexModule } from '../../scripts/build-city-index.js';
import { lookupName } from '../../src/extract/actors/lexicon.js';

describe('the precomputed city index', () => {
  it('is what scripts/build-city-index.ts makes of the packaged cities (rerun it after changing them)', () => {
    expect(readFileSync(CITY_INDEX_FILE, 'utf8')).toBe(cityIndexModule());
  });

  it('gives a name shared by several cities to the most populous, and a bigger name class the name over a city', () => {
    expect(lookupName('Springfield')).toMatchObject({ kind: 'city', country: 'US' });
    expect(lookupName('Georgia')).toMatchObject({ kind: 'country' });
    expect(lookupName('SAO PAULO', { anyCase: true })).toMatchObject({ kind: 'city', country: 'BR' });
  });
});
