import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAME_INDEX_FILE, nameIndexModule } from '../../scripts/build-name-index.js';
import { isNamePrefix, lexicon, lookupName } from '../../src/extract/actors/lexicon.js';

describe('the precomputed name index', () => {
  it('is what scripts/build-name-index.ts makes of the lexicon (rerun it after changing the names)', () => {
    expect(readFileSync(NAME_INDEX_FILE, 'utf8')).toBe(nameIndexModule());
  });

  it('finds countries, former states, regions and organisations, in any case where asked, and their multi-word prefixes', () => {
    const russia = lookupName('Russia');
    expect(russia).toMatchObject({ type: 'Country', kind: 'country', country: 'RU' });
    // A country's entry shares the lexicon's country record, as the demonyms do.
    expect(russia?.countryInfo).toBe(lexicon().demonyms.get('Russian'));
    expect(lookupName('Soviet Union')).toMatchObject({ type: 'Country', name: 'Soviet Union' });
    expect(lookupName('USSR')).toBe(lookupName('Soviet Union'));
    expect(lookupName('NATO')).toMatchObject({ type: 'Organization', descriptions: ['alliance', 'bloc'] });
    expect(lookupName('NORTH ATLANTIC TREATY ORGANIZATION', { anyCase: true })).toBe(lookupName('NATO'));
    expect(lookupName('Middle East')).toMatchObject({ type: 'Place', kind: 'place' });
    expect(isNamePrefix('north atlantic')).toBe(true);
    expect(isNamePrefix('atlantic treaty')).toBe(false);
    expect(lookupName('Notaplace Anywhere')).toBeUndefined();
  });
});
