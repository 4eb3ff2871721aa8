import { describe, expect, it } from 'vitest';
import { lexicon, lookupName } from '../../../src/extract/actors/lexicon.js';

describe('actor lexicons', () => {
  it('maps demonyms to their countries', () => {
    expect(lexicon().demonyms.get('American')?.name).toBe('United States');
    expect(lexicon().demonyms.get('Russians')?.name).toBe('Russia');
  });

  it('maps capitals to their countries for metonymy', () => {
    expect(lexicon().capitals.get('Moscow')?.wikidata).toBe('Q159');
  });

  it('finds an all-caps form of a place name, but not a short acronym in another case', () => {
    expect(lookupName('GERMANY')?.name).toBe('Germany');
    expect(lookupName('us')).toBeUndefined();
  });

  it('knows cities from the packaged gazetteer, with and without diacritics', () => {
    expect(lookupName('Sochi')?.type).toBe('Place');
    expect(lookupName('Bogota')?.country).toBe('CO');
  });

  it('finds a name written with a non-breaking space or a curly apostrophe, as saved web pages have them', () => {
    expect(lookupName('New\u00a0Zealand')?.name).toBe('New Zealand');
    expect(lookupName('Côte d’Ivoire')?.type).toBe('Country');
  });

  it('answers a word in any case and a different word that starts with a tilde independently, whatever was asked first', () => {
    expect(lookupName('sochi', { anyCase: true })?.name).toBe('Sochi');
    expect(lookupName('~sochi')).toBeUndefined();
    expect(lookupName('sochi')).toBeUndefined();
  });
});
