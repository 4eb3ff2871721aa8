import { ACTOR_KIND_LABELS, compareText, conceptLabel, confidenceLabel, roleLabels, sameAsLabel, sortDate, whenLabel } from './describe.js';
import { attributes, element, escapeHtml, jsonForScript, link, safeHref } from './html.js';
import { renderMarked } from './marks.js';
import type { Mark } from './marks.js';
import { speakerNetwork } from './network.js';
import type { NetworkEdge } from './network.js';
import { ASSET_FILES, renderPage } from './shell.js';
import { fitsText } from './text.js';
import type { ArticleText } from './text.js';
import type { ArticleView, ViewActor, ViewEvent, ViewSpan, ViewStatement } from './types.js';

export interface ArticlePageOptions {
  /** Relative path from the page to the view's root, ending in "/" ("../"). */
  root: string;
}

/** One self-contained article page: the text with its marks, then actors, who said what, timeline and network. */
export function renderArticlePage(article: ArticleView, text: ArticleText, options: ArticlePageOptions): string {
  const { marks, unplaced } = articleMarks(article, text);
  const counts = actorCounts(article);
  const edges = speakerNetwork(article);
  const body = `<a class="skip" href="#text">Skip to the article text</a>
<header class="page-head">
<nav><a href="${options.root}index.html">All articles</a></nav>
${element('h1', { class: 'headline' }, article.headline)}
${byline(article)}
${legend()}
</header>
${filters(article)}
<main class="layout">
<article id="text" class="article-text" aria-label="Article text">
${textNote(text, unplaced)}
${articleBody(text, marks)}
</article>
<div class="side">
<section id="detail" class="detail" aria-live="polite" tabindex="-1"><h2>Details</h2><p class="hint">Select a highlighted statement, event or name (click, or Tab and Enter) to see what the graph says about it.</p></section>
${actorsSection(article, counts)}
${networkSection(article, edges)}
${timelineSection(article)}
</div>
${statementsSection(article)}
</main>
${footer(article)}
<script type="application/json" id="view-data">${jsonForScript(pageData(article, counts, edges))}</script>`;
  return renderPage({ title: article.headline, root: options.root, body, scripts: [ASSET_FILES.network, ASSET_FILES.script] });
}

/** Every range the page highlights, and how many of the graph's spans do not fit the text shown. */
function articleMarks(article: ArticleView, text: ArticleText): { marks: Mark[]; unplaced: number } {
  const marks: Mark[] = [];
  let unplaced = 0;
  const add = (span: ViewSpan | undefined, layer: number, attrs: Mark['attrs'], partAttrs: Mark['partAttrs'] = attrs): void => {
    if (!span) return;
    if (fitsText(text, span)) marks.push({ start: span.start, end: span.end, layer, attrs, partAttrs });
    else unplaced++;
  };
  for (const b of article.boilerplate)
    add(b, 0, { class: 'bp', 'data-boilerplate': b.kind, title: `Boilerplate (${b.kind}): not part of the article` });
  for (const s of article.sections) add(s, 1, { class: 'sec' });
  const speakerMentions = new Set<string>();
  for (const s of article.statements) {
    if (s.speakerMention) speakerMentions.add(s.speakerMention);
    const speaker = article.actors.get(s.speaker)?.name ?? '';
    const title = `${conceptLabel(s.type)} by ${speaker}${s.confidence !== undefined ? `, confidence ${confidenceLabel(s.confidence)}` : ''}`;
    add(
      s.evidence ?? s.contentSpan,
      2,
      { class: 'st', 'data-statement': s.iri, tabindex: 0, role: 'button', title },
      { class: 'st', 'data-statement-part': s.iri, title },
    );
    add(s.cue, 4, { class: 'cue', title: `cue: ${s.cueLemma}` });
  }
  for (const e of article.events) {
    const title = eventTitle(e);
    const cls = `ev ev-${e.factuality ?? 'unknown'}`;
    // a lean graph has no trigger: the event's evidence (its sentence) stands for it
    add(
      e.trigger ?? e.evidence,
      5,
      { class: cls, 'data-event': e.iri, tabindex: 0, role: 'button', title },
      { class: cls, 'data-event-part': e.iri, title },
    );
    for (const later of e.mentionedAt) add(later, 5, { class: `${cls} ev-later`, 'data-event-mention': e.iri, title });
  }
  for (const t of article.timexes) add(t, 6, { class: 'tx', title: `time: ${t.type}${t.value ? ` ${t.value}` : ''}` });
  for (const m of article.mentions) {
    const actor = article.actors.get(m.actor);
    const cls = `m m-${actor?.kind ?? 'unnamed'}${speakerMentions.has(m.iri) ? ' speaker' : ''}`;
    const title = actor ? `${actor.name} (${ACTOR_KIND_LABELS[actor.kind]})` : '';
    add(
      m,
      7,
      { class: cls, 'data-mention': m.iri, 'data-actor': m.actor, title },
      { class: cls, 'data-mention-part': m.iri, 'data-actor': m.actor, title },
    );
  }
  return { marks, unplaced };
}

function eventTitle(e: ViewEvent): string {
  return [conceptLabel(e.type), e.factuality, whenLabel(e) ?? e.timeText].filter(Boolean).join(', ');
}

function articleBody(text: ArticleText, marks: Mark[]): string {
  const gap = ' <span class="gap" role="separator" aria-label="text the graph does not quote">[…]</span> ';
  // each piece gets the marks that start in it (every mark fits in one piece: see articleMarks)
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  const pieces = text.pieces.map((p) => {
    const first = next;
    while (next < sorted.length && sorted[next]!.start < p.start + p.text.length) next++;
    return `<span class="piece">${renderMarked(p.text, p.start, sorted.slice(first, next))}</span>`;
  });
  if (text.origin !== 'spans') return `<div class="pieces">${pieces.join('')}</div>`;
  return `<div class="pieces">${text.pieces[0]?.start ? gap : ''}${pieces.join(gap)}${gap}</div>`;
}

function textNote(text: ArticleText, unplaced: number): string {
  const notes: string[] = [];
  if (text.origin === 'spans') {
    notes.push(
      'This graph does not hold the article’s text (a plain-text article is exported without it), so only the passages its spans quote are shown. Run <code>newskg view</code> on the article itself, or add <code>--text</code> with the article files, to see it whole.',
    );
  }
  if (unplaced) notes.push(`${unplaced} span(s) of the graph do not match the text at their offsets and are not highlighted.`);
  return notes.map((n) => `<p class="note">${n}</p>`).join('\n');
}

function byline(article: ArticleView): string {
  const name = (iri: string | undefined) => (iri ? article.actors.get(iri)?.name : undefined);
  const authors = article.authors.map(name).filter(Boolean).join(', ');
  const outlet = name(article.publisher) ?? article.periodical;
  const parts = [
    authors ? `By ${escapeHtml(authors)}` : '',
    outlet ? element('span', { class: 'outlet' }, outlet) : '',
    article.sourceOrganization ? `first published by ${escapeHtml(name(article.sourceOrganization) ?? '')}` : '',
    article.datePublished ? element('time', { datetime: article.datePublished }, article.datePublished) : 'no date',
    article.genre ? element('span', { class: 'genre' }, article.genre) : '',
    article.url ? link(article.url, 'original page') : '',
  ].filter(Boolean);
  return `<p class="byline">${parts.join(' · ')}</p>`;
}

function legend(): string {
  const kinds = (['person', 'organization', 'country', 'place', 'unnamed'] as const).map(
    (k) => `<span class="m m-${k}">${ACTOR_KIND_LABELS[k]}</span>`,
  );
  return `<p class="legend" aria-label="Legend">${kinds.join(' ')} <span class="st">statement</span> <span class="cue">cue</span> <span class="ev ev-unknown">event</span> <span class="ev ev-negated">negated</span> <span class="ev ev-possible">possible</span> <span class="ev ev-future">future</span> <span class="tx">time</span> <span class="bp">boilerplate</span></p>`;
}

function filters(article: ArticleView): string {
  const actors = [...article.actors.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.iri, b.iri));
  const types = [...new Set(article.statements.map((s) => s.type))].sort(compareText);
  const option = (value: string, label: string) => element('option', { value }, label);
  return `<form class="filters" id="filters" aria-label="Filters">
<label>Actor <select id="filter-actor" name="actor">${option('', 'all actors')}${actors.map((a) => option(a.iri, `${a.name} (${ACTOR_KIND_LABELS[a.kind]})`)).join('')}</select></label>
<label>Statement type <select id="filter-type" name="type">${option('', 'all types')}${types.map((t) => option(t, conceptLabel(t))).join('')}</select></label>
<label>Minimum confidence <input id="filter-confidence" name="confidence" type="range" min="0" max="1" step="0.05" value="0"> <output id="filter-confidence-value" for="filter-confidence">0.00</output></label>
<button type="reset">Show all</button>
</form>`;
}

interface ActorCounts {
  mentions: Map<string, number>;
  statements: Map<string, number>;
}

function actorCounts(article: ArticleView): ActorCounts {
  const mentions = new Map<string, number>();
  const statements = new Map<string, number>();
  for (const m of article.mentions) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
  for (const s of article.statements) statements.set(s.speaker, (statements.get(s.speaker) ?? 0) + 1);
  return { mentions, statements };
}

/** Actors the article mentions or that speak in it, most mentioned first. */
function shownActors(article: ArticleView, counts: ActorCounts): ViewActor[] {
  return [...article.actors.values()]
    .filter((a) => counts.mentions.has(a.iri) || counts.statements.has(a.iri))
    .sort(
      (a, b) =>
        (counts.mentions.get(b.iri) ?? 0) - (counts.mentions.get(a.iri) ?? 0) || compareText(a.name, b.name) || compareText(a.iri, b.iri),
    );
}

function actorsSection(article: ArticleView, counts: ActorCounts): string {
  const items = shownActors(article, counts).map((a) => {
    const roles = roleLabels(a, article.actors);
    const links = a.sameAs.filter((iri) => safeHref(iri)).map((iri) => link(iri, sameAsLabel(iri)));
    const stats = [
      `${counts.mentions.get(a.iri) ?? 0} mention(s)`,
      counts.statements.get(a.iri) ? `${counts.statements.get(a.iri)} statement(s)` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `<li${attributes({ class: `actor a-${a.kind}`, 'data-actor': a.iri })}>${element('button', { type: 'button', class: `chip m m-${a.kind}`, 'data-filter-actor': a.iri }, a.name)} ${element('span', { class: 'kind' }, ACTOR_KIND_LABELS[a.kind])}${roles.length ? ` ${element('span', { class: 'roles' }, roles.join('; '))}` : ''}${links.length ? ` <span class="links">${links.join(' ')}</span>` : ''} ${element('span', { class: 'stats' }, stats)}</li>`;
  });
  return `<section id="actors" aria-labelledby="actors-h"><h2 id="actors-h">Actors</h2>${items.length ? `<ul class="actors">${items.join('\n')}</ul>` : '<p class="empty">No actors in this graph.</p>'}</section>`;
}

function statementsSection(article: ArticleView): string {
  const name = (iri: string) => article.actors.get(iri)?.name ?? '';
  const rows = article.statements.map((s: ViewStatement) => {
    const cells = [
      element('td', {}, name(s.speaker)),
      element('td', {}, conceptLabel(s.type)),
      `<td>${element('button', { type: 'button', class: 'linkish', 'data-show': s.iri }, s.cue?.exact ?? s.cueLemma)}</td>`,
      element('td', { class: 'said' }, s.content),
      element('td', { class: 'num' }, confidenceLabel(s.confidence)),
    ];
    return `<tr${attributes({ 'data-statement-row': s.iri })}>${cells.join('')}</tr>`;
  });
  const table = `<div class="scroll"><table class="said-table"><thead><tr><th scope="col">Speaker</th><th scope="col">Type</th><th scope="col">Cue</th><th scope="col">What was said</th><th scope="col">Conf.</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
  return `<section id="statements" aria-labelledby="statements-h"><h2 id="statements-h">Who said what</h2>${rows.length ? table : '<p class="empty">No statements in this graph.</p>'}</section>`;
}

function timelineSection(article: ArticleView): string {
  const name = (iri: string | undefined) => (iri ? (article.actors.get(iri)?.name ?? '') : '');
  const dated = article.events
    .filter((e) => sortDate(e) !== undefined)
    .sort((a, b) => compareText(sortDate(a)!, sortDate(b)!) || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0));
  const item = (e: ViewEvent) => {
    const who = [...e.actors.map(name), ...(e.place ? [`in ${name(e.place)}`] : [])].filter(Boolean).join(', ');
    return `<li${attributes({ 'data-event-row': e.iri, class: `ev-${e.factuality ?? 'unknown'}` })}>${element('span', { class: 'when' }, whenLabel(e) ?? e.timeText ?? 'undated')} ${element('button', { type: 'button', class: 'linkish', 'data-show': e.iri }, conceptLabel(e.type))}${e.factuality ? ` ${element('span', { class: 'fact' }, e.factuality)}` : ''} ${element('q', {}, e.trigger?.exact ?? '')}${who ? ` ${element('span', { class: 'who' }, who)}` : ''}</li>`;
  };
  const undated = article.events.filter((e) => sortDate(e) === undefined);
  const rest = undated.length
    ? `<details><summary>${undated.length} event(s) without a date</summary><ul class="undated">${undated.map(item).join('\n')}</ul></details>`
    : '';
  const list = dated.length
    ? `<ol class="timeline">${dated.map(item).join('\n')}</ol>`
    : '<p class="empty">No dated events in this graph.</p>';
  return `<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>${list}${rest}</section>`;
}

function networkSection(article: ArticleView, edges: NetworkEdge[]): string {
  const name = (iri: string) => article.actors.get(iri)?.name ?? '';
  if (!edges.length)
    return `<section id="network" aria-labelledby="network-h"><h2 id="network-h">Who speaks about whom</h2><p class="empty">No statement in this graph is about another actor.</p></section>`;
  const rows = edges.map(
    (e) =>
      `<tr${attributes({ 'data-edge': `${e.source} ${e.target}` })}>${element('td', {}, name(e.source))}${element('td', {}, name(e.target))}${element('td', { class: 'num' }, String(e.statements))}${element('td', {}, e.types.map(conceptLabel).join(', '))}</tr>`,
  );
  return `<section id="network" aria-labelledby="network-h"><h2 id="network-h">Who speaks about whom</h2>
<div id="network-graph" class="network-graph" role="group" aria-label="Actor network: arrows go from a speaker to the actors their statements are about"></div>
<details><summary>As a table</summary><div class="scroll"><table><thead><tr><th scope="col">Speaker</th><th scope="col">About</th><th scope="col">Statements</th><th scope="col">Types</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div></details>
</section>`;
}

function footer(article: ArticleView): string {
  return `<footer class="page-foot"><p>Article ${link(article.iri, article.iri)}${article.software ? ` · exported by ${escapeHtml(article.software)}` : ''} · drawn by newskg view from the graph alone</p></footer>`;
}

/** What the page script needs: plain data it reads with textContent, never as markup. */
function pageData(article: ArticleView, counts: ActorCounts, edges: NetworkEdge[]) {
  const name = (iri: string | undefined) => (iri ? article.actors.get(iri)?.name : undefined);
  return {
    actors: [...article.actors.values()].map((a) => ({
      id: a.iri,
      name: a.name,
      kind: a.kind,
      kindLabel: ACTOR_KIND_LABELS[a.kind],
      roles: roleLabels(a, article.actors),
      links: a.sameAs.flatMap((iri) => {
        const href = safeHref(iri);
        return href ? [{ href, label: sameAsLabel(iri) }] : [];
      }),
      mentions: counts.mentions.get(a.iri) ?? 0,
      statements: counts.statements.get(a.iri) ?? 0,
    })),
    statements: article.statements.map((s) => ({
      id: s.iri,
      speaker: s.speaker,
      about: s.about,
      type: s.type,
      typeLabel: conceptLabel(s.type),
      mode: s.mode,
      cue: s.cue?.exact ?? '',
      cueLemma: s.cueLemma,
      content: s.content,
      confidence: s.confidence ?? null,
    })),
    events: article.events.map((e) => ({
      id: e.iri,
      type: conceptLabel(e.type),
      trigger: e.trigger?.exact ?? '',
      factuality: e.factuality ?? null,
      when: whenLabel(e) ?? null,
      timeText: e.timeText ?? null,
      place: e.place ?? null,
      actors: e.actors,
      confidence: e.confidence ?? null,
      placeName: name(e.place) ?? null,
    })),
    edges,
  };
}
