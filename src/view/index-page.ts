import { ACTOR_KIND_LABELS, compareText, sameAsLabel } from './describe.js';
import { attributes, element, escapeHtml, link, safeHref } from './html.js';
import { renderPage } from './shell.js';
import type { ActorKind } from './types.js';

export interface ArticleSummary {
  iri: string;
  /** The page's path relative to the view's root. */
  page: string;
  headline: string;
  outlet?: string;
  datePublished?: string;
  genre?: string;
  mentions: number;
  actors: number;
  statements: number;
  events: number;
}

export interface CorpusActor {
  iri: string;
  name: string;
  kind: ActorKind;
  sameAs: string[];
  /** Positions in the article list, in input order, with the mentions in each. */
  articles: { article: number; mentions: number }[];
}

/** Links listed per actor in the corpus table; the count says how many more there are. */
const ARTICLE_LINKS_PER_ACTOR = 20;

/** The corpus page: every article with its counts, and every actor with the articles that mention it. */
export function renderIndexPage(articles: readonly ArticleSummary[], actors: readonly CorpusActor[]): string {
  const rows = articles.map(
    (a) =>
      `<tr>${`<td>${element('a', { href: a.page }, a.headline)}</td>`}${element('td', {}, a.outlet ?? '')}${element('td', {}, a.datePublished ?? '')}${element('td', {}, a.genre ?? '')}${[a.mentions, a.actors, a.statements, a.events].map((n) => element('td', { class: 'num' }, String(n))).join('')}</tr>`,
  );
  const ranked = [...actors].sort(
    (a, b) => b.articles.length - a.articles.length || total(b) - total(a) || compareText(a.name, b.name) || compareText(a.iri, b.iri),
  );
  const actorRows = ranked.map((actor) => {
    const shown = actor.articles
      .slice(0, ARTICLE_LINKS_PER_ACTOR)
      .map(({ article }) => element('a', { href: articles[article]!.page }, articles[article]!.headline));
    const more = actor.articles.length - shown.length;
    const links = actor.sameAs.filter((iri) => safeHref(iri)).map((iri) => link(iri, sameAsLabel(iri)));
    return `<tr${attributes({ 'data-actor': actor.iri })}>${element('td', {}, actor.name)}${element('td', {}, ACTOR_KIND_LABELS[actor.kind])}${element('td', { class: 'num' }, String(actor.articles.length))}${element('td', { class: 'num' }, String(total(actor)))}<td>${links.join(' ')}</td><td class="in">${shown.join('; ')}${more > 0 ? escapeHtml(` and ${more} more`) : ''}</td></tr>`;
  });
  const body = `<header class="page-head"><h1>Articles</h1><p class="byline">${articles.length} article(s), ${actors.length} actor(s) · drawn by newskg view from the exported graphs</p></header>
<main class="index">
<section aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>
<div class="scroll"><table class="articles"><thead><tr><th scope="col">Headline</th><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Genre</th><th scope="col">Mentions</th><th scope="col">Actors</th><th scope="col">Statements</th><th scope="col">Events</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>
<section aria-labelledby="corpus-actors-h"><h2 id="corpus-actors-h">Actors across the corpus</h2>
<div class="scroll"><table class="corpus-actors"><thead><tr><th scope="col">Actor</th><th scope="col">Type</th><th scope="col">Articles</th><th scope="col">Mentions</th><th scope="col">Links</th><th scope="col">Mentioned in</th></tr></thead>
<tbody>${actorRows.join('\n')}</tbody></table></div></section>
</main>`;
  return renderPage({ title: 'Articles · newskg view', root: '', body, scripts: [] });
}

function total(actor: CorpusActor): number {
  return actor.articles.reduce((sum, a) => sum + a.mentions, 0);
}
