import type { ActorType } from '../../core/types.js';

/** What the packaged lexicons say of a name: the types shared by the lexicon and its city tables. */
export type EntryKind = 'country' | 'organization' | 'region' | 'city' | 'place';

export interface LexEntry {
  type: ActorType;
  kind: EntryKind;
  /** Canonical name of the actor the entry stands for. */
  name: string;
  /** ISO 3166-1 alpha-2 (countries), or the country a city or region lies in. */
  country?: string;
  wikidata?: string;
  population?: number;
  /** The country itself, for country entries. */
  countryInfo?: CountryInfo;
  /** Nouns that can describe the actor later in a text ("alliance"). */
  descriptions?: readonly string[];
}

export interface CountryInfo {
  key: string;
  name: string;
  code?: string;
  wikidata?: string;
}
