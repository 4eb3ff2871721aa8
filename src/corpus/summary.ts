import type { ActorType, EventType, Factuality } from '../core/types.js';
import type { ArticleModel } from '../model/types.js';

/**
 * What the corpus step needs to know of one article: its actors' names and roles and its events'
 * type, factuality, date, place and participants, all by IRI. Small plain data: it crosses the
 * worker boundary with the article's serialized graph, and a corpus keeps one per article.
 */
export interface ArticleSummary {
  article: string;
  actors: ActorSummary[];
  events: EventSummary[];
}

export interface ActorSummary {
  iri: string;
  type?: ActorType;
  name: string;
  /** Role titles, lower case ("nato envoy"). */
  titles: string[];
  /** Actor IRIs of the organisations or countries its roles are held in. */
  affiliations: string[];
}

export interface EventSummary {
  iri: string;
  type: EventType;
  factuality: Factuality;
  /** First and last day the event's date covers (YYYY-MM-DD); absent when undated. */
  from?: string;
  to?: string;
  place?: string;
  agents: string[];
  patients: string[];
}

/** Pure: the summary of an article model. */
export function summarizeArticle(model: ArticleModel): ArticleSummary {
  return {
    article: model.article.iri,
    actors: model.actors.map((actor) => ({
      iri: actor.iri,
      ...(actor.type ? { type: actor.type } : {}),
      name: actor.name,
      titles: [...new Set(actor.roles.map((role) => role.roleName.toLowerCase()))],
      affiliations: [...new Set(actor.roles.flatMap((role) => (role.affiliation ? [role.affiliation] : [])))],
    })),
    events: model.events.map((event) => {
      const first = event.time?.point?.lexical ?? event.time?.begin?.lexical;
      const last = event.time?.point?.lexical ?? event.time?.end?.lexical ?? event.time?.begin?.lexical;
      return {
        iri: event.iri,
        type: event.type,
        factuality: event.factuality,
        ...(first && last ? { from: firstDay(first), to: lastDay(last) } : {}),
        ...(event.place ? { place: event.place } : {}),
        agents: event.participants.filter((p) => p.role === 'agent').map((p) => p.actor),
        patients: event.participants.filter((p) => p.role === 'patient').map((p) => p.actor),
      };
    }),
  };
}

/** The first day of an xsd:date, xsd:gYearMonth or xsd:gYear lexical form. */
function firstDay(lexical: string): string {
  return lexical.length === 4 ? `${lexical}-01-01` : lexical.length === 7 ? `${lexical}-01` : lexical;
}

/** The last day (day 31 stands for the end of any month: only order matters here). */
function lastDay(lexical: string): string {
  return lexical.length === 4 ? `${lexical}-12-31` : lexical.length === 7 ? `${lexical}-31` : lexical;
}
