import { createHash } from 'node:crypto';
import type { Quad } from '@rdfjs/types';
import { renderArticlePage } from './article-page.js';
import { slug } from './describe.js';
import { renderIndexPage } from './index-page.js';
import type { ArticleSummary, CorpusActor } from './index-page.js';
import { readArticles } from './read.js';
import { articleText } from './text.js';
import type { TextOrigin, TextsByHash } from './text.js';

/** A file of the view, relative to its root folder. */
export interface ViewFile {
  path: string;
  content: string;
}

export interface AddedArticle {
  headline: string;
  page: string;
  textOrigin: TextOrigin;
}

export interface AddResult {
  /** The article pages to write now. */
  files: ViewFile[];
  added: AddedArticle[];
  /** IRIs of articles already in the view (the same graph read from two files): not drawn twice. */
  duplicates: string[];
}

/**
 * The view of a corpus, built one graph at a time: each article's page is returned as soon as
 * its graph is added, and only a summary stays for the index, so memory grows with the number
 * of articles and actors, not with the text. Pure: the caller writes the files.
 */
export class ViewSite {
  private readonly summaries: ArticleSummary[] = [];
  private readonly seen = new Set<string>();
  private readonly actors = new Map<string, CorpusActor>();

  /** One graph's quads (a named graph, or a file's default graph); `texts`: input texts the articles may have been exported from. */
  addGraph(quads: Iterable<Quad>, options: { texts?: TextsByHash } = {}): AddResult {
    const result: AddResult = { files: [], added: [], duplicates: [] };
    for (const article of readArticles(quads)) {
      if (this.seen.has(article.iri)) {
        result.duplicates.push(article.iri);
        continue;
      }
      this.seen.add(keep(article.iri));
      const page = `articles/${slug(article.headline)}-${createHash('sha256').update(article.iri).digest('hex').slice(0, 16)}.html`;
      const text = articleText(article, options.texts);
      result.files.push({ path: page, content: renderArticlePage(article, text, { root: '../' }) });
      result.added.push({ headline: article.headline, page, textOrigin: text.origin });
      const position = this.summaries.length;
      const mentions = new Map<string, number>();
      for (const m of article.mentions) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
      for (const [iri, count] of mentions) {
        const actor = article.actors.get(iri)!;
        // an unnamed source ("officials") is local to its article: nothing to find across the corpus
        if (actor.kind === 'unnamed') continue;
        let entry = this.actors.get(iri);
        if (!entry)
          this.actors.set(
            keep(iri),
            (entry = { iri: keep(iri), name: keep(actor.name), kind: actor.kind, sameAs: actor.sameAs.map(keep), articles: [] }),
          );
        entry.articles.push({ article: position, mentions: count });
      }
      const outlet = (article.publisher ? article.actors.get(article.publisher)?.name : undefined) ?? article.periodical;
      this.summaries.push({
        iri: keep(article.iri),
        page,
        headline: keep(article.headline),
        ...(outlet ? { outlet: keep(outlet) } : {}),
        ...(article.datePublished ? { datePublished: keep(article.datePublished) } : {}),
        ...(article.genre ? { genre: keep(article.genre) } : {}),
        mentions: article.mentions.length,
        actors: mentions.size,
        statements: article.statements.length,
        events: article.events.length,
      });
    }
    return result;
  }

  get articleCount(): number {
    return this.summaries.length;
  }

  /** The index page, once every graph is added. */
  index(): ViewFile {
    return { path: 'index.html', content: renderIndexPage(this.summaries, [...this.actors.values()]) };
  }
}

/**
 * A copy of a string the view keeps after the graph is gone. Strings read by the RDF parser can be
 * slices of the whole document, and V8 keeps the whole document alive for as long as a slice is.
 */
function keep(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
