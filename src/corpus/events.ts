import type { EventSummary } from './summary.js';

/** An event with the article that reports it. */
export interface ReportedEvent {
  article: string;
  event: EventSummary;
}

/** Events of several articles reporting one happening. */
export interface HappeningGroup {
  events: ReportedEvent[];
}

/** Only what the articles assert happened or plan: a denied or possible event is not counted twice. */
const LINKABLE = new Set(['asserted', 'future']);

/**
 * Groups the events of a corpus into happenings, in input order: an event joins the first
 * happening of its type and factuality, not yet reported by its article, with whose every event it
 * is compatible (dates one inside the other with one of them a day, the same place when both have
 * one, a shared agent, patient or place). `canonical` maps an actor IRI to the one it is linked to.
 * Returns the happenings reported by two articles or more.
 */
export function groupHappenings(reported: readonly ReportedEvent[], canonical: (iri: string) => string): HappeningGroup[] {
  const open = new Map<string, HappeningGroup[]>();
  for (const item of reported) {
    const { event } = item;
    if (!LINKABLE.has(event.factuality) || !event.from || !event.to) continue;
    // Compatible dates share their first year: one index entry per type, factuality and year.
    const key = `${event.type}|${event.factuality}|${event.from.slice(0, 4)}`;
    const groups = open.get(key) ?? [];
    const group = groups.find(
      (g) => !g.events.some((e) => e.article === item.article) && g.events.every((e) => compatible(e.event, event, canonical)),
    );
    if (group) group.events.push(item);
    else {
      groups.push({ events: [item] });
      open.set(key, groups);
    }
  }
  return [...open.values()].flat().filter((g) => g.events.length > 1);
}

function compatible(a: EventSummary, b: EventSummary, canonical: (iri: string) => string): boolean {
  if (!datesFit(a, b)) return false;
  const placeA = a.place && canonical(a.place);
  const placeB = b.place && canonical(b.place);
  if (placeA && placeB && placeA !== placeB) return false;
  const people = (e: EventSummary) => [...e.agents, ...e.patients].map(canonical);
  const shared = people(a).some((p) => people(b).includes(p));
  return shared || (placeA !== undefined && placeA === placeB);
}

/** One date inside the other, at least one of them a single day ("2011-07-04" and "2011-07"). */
function datesFit(a: EventSummary, b: EventSummary): boolean {
  const day = (e: EventSummary) => e.from === e.to;
  if (!day(a) && !day(b)) return false;
  const inside = (x: EventSummary, y: EventSummary) => x.from! >= y.from! && x.to! <= y.to!;
  return inside(a, b) || inside(b, a);
}
