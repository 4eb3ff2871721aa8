/**
 * The event-type scheme as data: each type and the broad class it falls under. The ontology
 * (ontology/newskg.ttl) says the same with skos:broader, and a test keeps the two in step.
 */

import type { EventClass, EventType } from '../../core/types.js';

/** Each event type's broad class; `undefined` for a type outside the thirteen (a threat is a speech act). */
export const EVENT_CLASS: Readonly<Record<EventType, EventClass | undefined>> = {
  meeting: 'meeting',
  negotiation: 'meeting',
  visit: 'meeting',
  'press-conference': 'meeting',
  agreement: 'agreement',
  vote: 'vote',
  election: 'vote',
  policy: 'policy',
  legislation: 'policy',
  resolution: 'policy',
  sanction: 'policy',
  attack: 'attack',
  'military-action': 'attack',
  coup: 'attack',
  protest: 'protest',
  'industrial-action': 'protest',
  arrest: 'justice',
  charge: 'justice',
  trial: 'justice',
  ruling: 'justice',
  lawsuit: 'justice',
  investigation: 'justice',
  crime: 'justice',
  appointment: 'personnel',
  resignation: 'personnel',
  dismissal: 'personnel',
  acquisition: 'business',
  merger: 'business',
  sale: 'business',
  launch: 'business',
  earnings: 'business',
  bankruptcy: 'business',
  layoffs: 'business',
  'price-change': 'business',
  'natural-disaster': 'disaster',
  fire: 'disaster',
  accident: 'disaster',
  explosion: 'disaster',
  outbreak: 'disaster',
  death: 'death-injury',
  killing: 'death-injury',
  injury: 'death-injury',
  deployment: 'movement',
  withdrawal: 'movement',
  travel: 'movement',
  evacuation: 'movement',
  flight: 'movement',
  publication: 'release',
  'product-release': 'release',
  threat: undefined,
};

export const EVENT_TYPES = Object.keys(EVENT_CLASS) as EventType[];

export const EVENT_CLASSES: readonly EventClass[] = [
  'meeting',
  'agreement',
  'vote',
  'policy',
  'attack',
  'protest',
  'justice',
  'personnel',
  'business',
  'disaster',
  'death-injury',
  'movement',
  'release',
];

export function eventClassOf(type: EventType): EventClass | undefined {
  return EVENT_CLASS[type];
}
