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

type Dated = EventSummary & { from: string; to: string };

/**
 * The events of a corpus that may report one happening, gathered article by article. Only those
 * that can join a happening are kept: asserted or planned, dated, with a participant or a place
 * another event can share (without one, `compatible` never holds). The others leave only the
 * index key they would have opened, so the happenings come out in the same order.
 */
export class Happenings {
  private readonly events: { article: string; event: Dated }[] = [];
  /** Index keys in the order an event first opened them. */
  private readonly keys = new Set<string>();

  /** `intern` gives one copy of a string that many articles repeat (types, dates, actor IRIs). */
  add(article: string, events: readonly EventSummary[], intern: (text: string) => string): void {
    for (const event of events) {
      if (!isDated(event)) continue;
      this.keys.add(keyOf(event));
      const shareable = event.place !== undefined || event.agents.length > 0 || event.patients.length > 0;
      if (shareable) this.events.push({ article, event: compact(event, intern) });
    }
  }

  /**
   * Groups the events into happenings, in input order: an event joins the first happening of its
   * type and factuality, not yet reported by its article, with whose every event it is compatible
   * (dates one inside the other with one of them a day, the same place when both have one, a
   * shared agent, patient or place). `canonical` maps an actor IRI to the one it is linked to.
   * Returns the happenings reported by two articles or more.
   */
  group(canonical: (iri: string) => string): HappeningGroup[] {
    const open = new Map<string, HappeningGroup[]>([...this.keys].map((key) => [key, []]));
    for (const item of this.events) {
      const groups = open.get(keyOf(item.event))!;
      const group = groups.find(
        (g) => !g.events.some((e) => e.article === item.article) && g.events.every((e) => compatible(e.event, item.event, canonical)),
      );
      if (group) group.events.push(item);
      else groups.push({ events: [item] });
    }
    return [...open.values()].flat().filter((g) => g.events.length > 1);
  }
}

function isDated(event: EventSummary): event is Dated {
  return LINKABLE.has(event.factuality) && Boolean(event.from) && Boolean(event.to);
}

/** Compatible dates share their first year: one index entry per type, factuality and year. */
const keyOf = (event: Dated): string => `${event.type}|${event.factuality}|${event.from.slice(0, 4)}`;

function compact(event: Dated, intern: (text: string) => string): Dated {
  return {
    iri: event.iri,
    type: intern(event.type) as EventSummary['type'],
    factuality: intern(event.factuality) as EventSummary['factuality'],
    from: intern(event.from),
    to: intern(event.to),
    ...(event.place !== undefined ? { place: intern(event.place) } : {}),
    agents: event.agents.map(intern),
    patients: event.patients.map(intern),
  };
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
