import type { NewsArticle, OrganizationLeaf, PeriodicalLeaf } from 'schema-dts';
import type { Genre } from '../core/types.js';
import type { ActorNode, ArticleModel } from '../model/index.js';
import { actorThing, agentThing } from './things.js';
import type { ActorThing } from './things.js';

type ArticleType = NewsArticle['@type'];

/** The same subtype the graph gives the article (src/graph/encode.ts); other genres stay NewsArticle. */
const GENRE_TYPES: Partial<Record<Genre, ArticleType>> = {
  OpEd: 'OpinionNewsArticle',
  Commentary: 'OpinionNewsArticle',
  Editorial: 'OpinionNewsArticle',
  Analysis: 'AnalysisNewsArticle',
  Review: 'ReviewNewsArticle',
  News: 'ReportageNewsArticle',
};

/**
 * The article node: only what the model knows (nothing is filled in: no dates, images or
 * author URLs that the text does not give). Actors named in the headline are what the
 * article is `about`; the other actors it names are `mentions`.
 */
export function articleNode(model: ArticleModel, actors: ReadonlyMap<string, ActorNode>): NewsArticle {
  const a = model.article;
  const thing = (iri: string) => {
    const actor = actors.get(iri);
    return actor && actorThing(actor);
  };
  const organization = (iri: string | undefined): OrganizationLeaf | undefined => {
    const t = iri === undefined ? undefined : thing(iri);
    return t && t['@type'] === 'Organization' ? t : undefined;
  };
  const authors = a.authors
    .map((iri) => actors.get(iri))
    .flatMap((actor) => (actor ? [agentThing(actor)] : []))
    .filter((x) => x !== undefined);
  const publisher = organization(a.publisher);
  const source = organization(a.sourceOrganization);
  const credited = new Set([...a.authors, a.publisher, a.sourceOrganization].filter((x) => x !== undefined));
  const about: ActorThing[] = [];
  const mentions: ActorThing[] = [];
  for (const iri of a.mentionedActors) {
    const actor = actors.get(iri);
    const t = actor && !credited.has(iri) ? actorThing(actor) : undefined;
    if (!actor || !t) continue;
    (namedIn(a.headline, actor) ? about : mentions).push(t);
  }
  const periodical: PeriodicalLeaf | undefined = a.periodical && {
    '@type': 'Periodical',
    issn: a.periodical.issn,
    ...(a.periodical.name ? { name: a.periodical.name } : {}),
    ...(organization(a.periodical.publisher) ? { publisher: organization(a.periodical.publisher)! } : {}),
  };
  return {
    '@type': (a.genre && GENRE_TYPES[a.genre]) ?? 'NewsArticle',
    '@id': a.iri,
    headline: a.headline,
    ...(authors.length ? { author: authors.length === 1 ? authors[0]! : authors } : {}),
    ...(a.datePublished ? { datePublished: a.datePublished } : {}),
    ...(publisher ? { publisher } : {}),
    ...(periodical ? { isPartOf: periodical } : {}),
    ...(source ? { sourceOrganization: source } : {}),
    ...(a.url ? { url: a.url, mainEntityOfPage: a.url } : {}),
    ...(a.genre ? { genre: a.genre } : {}),
    ...(a.sections.length ? { articleSection: a.sections.length === 1 ? a.sections[0]!.name : a.sections.map((s) => s.name) } : {}),
    inLanguage: a.language,
    wordCount: a.wordCount,
    ...(about.length ? { about } : {}),
    ...(mentions.length ? { mentions } : {}),
  };
}

/** The actor's name or one of its aliases as a whole word in the headline ("NATO-Russia Missile Row" names both). */
function namedIn(headline: string, actor: ActorNode): boolean {
  return [actor.name, ...actor.aliases].some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(headline),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
