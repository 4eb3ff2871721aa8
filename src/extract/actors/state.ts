import type { ActorType, MentionKind } from '../../core/types.js';
import type { DocumentContext } from './context.js';
import type { Scores } from './evidence.js';
import type { CountryInfo, LexEntry } from './lexicon.js';
import type { NameForms } from './candidate.js';
import type { Unit } from './units.js';

/**
 * The working model while a document is read: entities (future actors) identified by number, and
 * their mentions. Keys and canonical names are fixed only at the end (records.ts), once every
 * surface form of an entity is known.
 */

export interface EntityMention {
  start: number;
  end: number;
  kind: MentionKind;
  sentence: number;
  entity: number;
  /** Where the mention sits among its unit's words, when it came from a word span. */
  unit?: Unit;
  first?: number;
  last?: number;
  /** Title words before a person's name in the same capitalised run. */
  title?: { first: number; last: number };
}

export interface Entity {
  id: number;
  type?: ActorType;
  scores: Scores;
  lex?: LexEntry;
  country?: CountryInfo;
  /** A name fixed from outside the text (metadata), used as canonical. */
  fixedName?: string;
  roles: EntityRole[];
  /** Order key for entities with no mention: the metadata span, if any. */
  anchor?: number;
  /** The type was given by default, with no evidence for any type. */
  defaultType?: boolean;
  /** A person named with a full form or a nickname inside the name: the canonical name and the other forms. */
  forms?: NameForms;
}

export interface EntityRole {
  title: string;
  start: number;
  end: number;
  affiliation?: number;
}

export interface DocState {
  text: string;
  entities: Entity[];
  mentions: EntityMention[];
  /** Words the document writes in lower case somewhere ("police"): a capitalised "Police" is then no name. */
  lowerWords: ReadonlySet<string>;
  /** What the whole document says about how to read its names (a sports report...). */
  context: DocumentContext;
}

export function newEntity(state: DocState, init: Partial<Entity> & Pick<Entity, 'scores'>): Entity {
  const e: Entity = { id: state.entities.length, roles: [], ...init };
  state.entities.push(e);
  return e;
}

/** The entity standing for a country, created on first use. */
export function countryEntity(state: DocState, country: CountryInfo): Entity {
  const found = state.entities.find((e) => e.country?.key === country.key);
  if (found) return found;
  return newEntity(state, {
    type: 'Country',
    country,
    scores: { Person: 0, Organization: 0, Country: 10, Place: 0 },
    lex: {
      type: 'Country',
      kind: 'country',
      name: country.name,
      countryInfo: country,
      ...(country.code ? { country: country.code } : {}),
      ...(country.wikidata ? { wikidata: country.wikidata } : {}),
    },
  });
}
