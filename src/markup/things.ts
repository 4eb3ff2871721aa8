import type { CountryLeaf, OrganizationLeaf, PersonLeaf, PlaceLeaf } from 'schema-dts';
import type { ActorNode } from '../model/index.js';

/** An actor as schema.org sees it; unnamed sources ("officials") have no schema.org type and no markup. */
export type ActorThing = PersonLeaf | OrganizationLeaf | CountryLeaf | PlaceLeaf;

/** Person, Organization, Country or Place with its name and, when linked from packaged data, its Wikidata IRI. */
export function actorThing(actor: ActorNode): ActorThing | undefined {
  const sameAs = actor.sameAs.length === 0 ? {} : { sameAs: actor.sameAs.length === 1 ? actor.sameAs[0]! : [...actor.sameAs] };
  switch (actor.type) {
    case 'Person':
      return { '@type': 'Person', name: actor.name, ...sameAs };
    case 'Organization':
      return { '@type': 'Organization', name: actor.name, ...sameAs, ...(actor.description ? { description: actor.description } : {}) };
    case 'Country':
      return { '@type': 'Country', name: actor.name, ...sameAs };
    case 'Place':
      return { '@type': 'Place', name: actor.name, ...sameAs };
    default:
      return undefined;
  }
}

/** Authors and claim speakers: schema:author takes a Person or an Organization only. */
export function agentThing(actor: ActorNode): PersonLeaf | OrganizationLeaf | undefined {
  const thing = actorThing(actor);
  return thing && (thing['@type'] === 'Person' || thing['@type'] === 'Organization') ? thing : undefined;
}
