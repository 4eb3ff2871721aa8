import type { Extraction } from '../../core/types.js';
import type { FactKind } from './calibrate.js';

/** The minimum confidence of each kind of fact. */
export type Thresholds = Readonly<Record<FactKind, number>>;

/**
 * Pure: the extraction without the facts whose confidence is below their kind's threshold. An actor stays when a
 * kept mention names it or it speaks a kept statement; statements and events that pointed at a dropped
 * actor or time expression lose that pointer, not themselves.
 */
export function keepConfident(extraction: Extraction, thresholds: Thresholds): Extraction {
  if (Object.values(thresholds).every((minimum) => minimum <= 0)) return extraction;
  const sureAs = (kind: FactKind) => (fact: { confidence?: number }) => (fact.confidence ?? 1) >= thresholds[kind];
  const sure = sureAs('entity');

  const statements = extraction.statements.filter(sureAs('statement'));
  const events = extraction.events.filter(sureAs('event'));
  const mentions = extraction.mentions.filter(sure);
  // Actors with no mention (a byline's author) carry their own confidence.
  const named = new Set<string>([...mentions.map((mention) => mention.actor), ...statements.map((statement) => statement.speaker)]);
  const actors = extraction.actors.filter((actor) => named.has(actor.key) || sure(actor));
  const kept = new Set(actors.map((actor) => actor.key));

  const timexIndex = new Map<number, number>();
  const sureTimex = sureAs('timex');
  const timexes = extraction.timexes.filter((timex, index) => {
    if (!sureTimex(timex)) return false;
    timexIndex.set(index, timexIndex.size);
    return true;
  });

  return {
    ...extraction,
    actors: actors.map((actor) => ({
      ...actor,
      roles: actor.roles.map((role) => (role.affiliation && !kept.has(role.affiliation) ? withoutAffiliation(role) : role)),
    })),
    mentions,
    statements: statements.map((statement) => ({ ...statement, about: statement.about.filter((key) => kept.has(key)) })),
    timexes,
    events: events.map((event) => {
      const { time, place, ...rest } = event;
      const newTime = time === undefined ? undefined : timexIndex.get(time);
      return {
        ...rest,
        participants: event.participants.filter((participant) => kept.has(participant.actor)),
        ...(place && kept.has(place) ? { place } : {}),
        ...(newTime !== undefined ? { time: newTime } : {}),
      };
    }),
  };
}

function withoutAffiliation<T extends { affiliation?: string }>(role: T): T {
  const { affiliation: _dropped, ...rest } = role;
  return rest as T;
}

/** One minimum for every kind when given (--min-confidence), else each kind's fitted default. */
export function thresholdsFor(minimum: number | undefined, defaults: Thresholds): Thresholds {
  return minimum === undefined ? defaults : { entity: minimum, statement: minimum, timex: minimum, event: minimum };
}
