import type { ActorKind, ViewActor, ViewEvent } from './types.js';

/** Words the pages use for the graph's values; shared by the article pages and the index. */

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'person',
  organization: 'organisation',
  country: 'country',
  place: 'place',
  unnamed: 'unnamed source',
};

/** Readable words from a SKOS concept's local name ("military-action" -> "military action"). */
export function conceptLabel(localName: string): string {
  return localName.replace(/[-_]+/g, ' ');
}

export function confidenceLabel(confidence: number | undefined): string {
  return confidence === undefined ? '' : confidence.toFixed(2);
}

/** "2011-07-04", "2011-07-01 to 2011-07-04", "from 2011-07", or undefined when the event is not dated. */
export function whenLabel(event: ViewEvent): string | undefined {
  const when = event.when;
  if (!when) return undefined;
  if (when.point) return when.point;
  if (when.begin && when.end) return `${when.begin} to ${when.end}`;
  return when.begin ? `from ${when.begin}` : `until ${when.end}`;
}

/** The date a timeline is sorted by (the point, else the interval's first known end). */
export function sortDate(event: ViewEvent): string | undefined {
  return event.when?.point ?? event.when?.begin ?? event.when?.end;
}

/** "Wikidata Q159", "GeoNames 524901", else the host name: what a sameAs link is called. */
export function sameAsLabel(iri: string): string {
  const wikidata = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q\d+)$/.exec(iri);
  if (wikidata) return `Wikidata ${wikidata[1]}`;
  const geonames = /^https?:\/\/(?:www\.|sws\.)?geonames\.org\/(\d+)/.exec(iri);
  if (geonames) return `GeoNames ${geonames[1]}`;
  try {
    return new URL(iri).host || iri;
  } catch {
    return iri;
  }
}

/** "NATO envoy (Russia)": a role with the name of its affiliation. */
export function roleLabels(actor: ViewActor, actors: ReadonlyMap<string, ViewActor>): string[] {
  return [
    ...new Set(
      actor.roles.map((r) => (r.affiliation && actors.get(r.affiliation) ? `${r.name} (${actors.get(r.affiliation)!.name})` : r.name)),
    ),
  ];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file name from a headline: lower-case ASCII words joined by "-", at most 60 characters. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'article';
}
