import type { Quad } from '@rdfjs/types';
import { NKG, NKG_EVENT_TYPE, NKG_STATEMENT_TYPE, OA, PROV, SCHEMA, SEM } from '../core/vocab.js';
import { GraphIndex } from './graph-index.js';
import { FACTUALITY_BASE, VIEW_TERMS } from './terms.js';
import type {
  ActorKind,
  ArticleView,
  Factuality,
  ViewActor,
  ViewBoilerplate,
  ViewEvent,
  ViewMention,
  ViewSpan,
  ViewStatement,
  ViewTimex,
} from './types.js';

const ACTOR_KINDS: readonly [string, ActorKind][] = [
  [NKG.Person, 'person'],
  [NKG.Organization, 'organization'],
  [NKG.Country, 'country'],
  [NKG.Place, 'place'],
];

const FACTUALITIES: readonly Factuality[] = ['asserted', 'negated', 'possible', 'future'];

/**
 * The articles of one graph (a file's default graph or one named graph) as the view shows
 * them. Pure. Only what the graph says is read; a node that breaks the graph model (a span
 * without integer offsets, a statement without a speaker) is left out rather than guessed.
 */
export function readArticles(quads: Iterable<Quad>): ArticleView[] {
  const graph = new GraphIndex(quads);
  return graph.subjectsOfType(NKG.Article).map((iri) => readArticle(graph, iri));
}

function readArticle(graph: GraphIndex, iri: string): ArticleView {
  const actors = new Map<string, ViewActor>();
  const actor = (actorIri: string): string => {
    if (!actors.has(actorIri)) actors.set(actorIri, readActor(graph, actorIri));
    return actorIri;
  };
  const mentions = graph
    .iris(iri, NKG.hasMention)
    .map((m) => readMention(graph, m))
    .filter((m): m is ViewMention => m !== undefined);
  for (const m of mentions) actor(m.actor);
  for (const a of graph.iris(iri, SCHEMA.mentions)) actor(a);
  const authors = graph.iris(iri, SCHEMA.author).map(actor);
  const publisher = graph.iri(iri, SCHEMA.publisher);
  const sourceOrganization = graph.iri(iri, SCHEMA.sourceOrganization);
  const periodical = graph.iri(iri, SCHEMA.isPartOf);
  const statements = graph
    .subjectsOfType(NKG.Statement)
    .filter((s) => graph.iris(s, SCHEMA.appearance).includes(iri))
    .map((s) => readStatement(graph, s))
    .filter((s): s is ViewStatement => s !== undefined);
  for (const s of statements) {
    actor(s.speaker);
    s.about.forEach(actor);
  }
  const events = graph
    .subjectsOfType(NKG.Event)
    .filter((e) => graph.iris(e, SCHEMA.subjectOf).includes(iri))
    .map((e) => readEvent(graph, e));
  for (const e of events) {
    e.actors.forEach(actor);
    if (e.place) actor(e.place);
  }
  for (const a of [...actors.values()]) for (const role of a.roles) if (role.affiliation) actor(role.affiliation);
  const run = graph.iri(iri, PROV.wasGeneratedBy);
  const software = run ? graph.iri(run, PROV.wasAssociatedWith) : undefined;
  const softwareName = software
    ? [graph.literal(software, SCHEMA.name), graph.literal(software, SCHEMA.softwareVersion)].filter(Boolean).join(' ')
    : '';

  return {
    iri,
    headline: graph.literal(iri, SCHEMA.headline) ?? '(no headline)',
    ...optional('genre', graph.literal(iri, SCHEMA.genre)),
    ...optional('datePublished', graph.literal(iri, SCHEMA.datePublished)),
    ...optional('url', graph.iri(iri, SCHEMA.url)),
    ...optional('language', graph.literal(iri, SCHEMA.inLanguage)),
    authors,
    ...optional('publisher', publisher && actor(publisher)),
    ...optional('periodical', periodical && (graph.literal(periodical, SCHEMA.name) ?? graph.literal(periodical, SCHEMA.issn))),
    ...optional('sourceOrganization', sourceOrganization && actor(sourceOrganization)),
    ...optional('contentHash', graph.literal(iri, NKG.contentHash)),
    ...optional('articleBody', graph.literal(iri, SCHEMA.articleBody)),
    ...optional('software', softwareName || undefined),
    sections: spans(graph, graph.iris(iri, NKG.hasSection)),
    mentions: mentions.sort(byPosition),
    actors,
    statements: statements.sort((a, b) => byPosition(a.evidence ?? a.cue, b.evidence ?? b.cue) || compare(a.iri, b.iri)),
    events: events.sort((a, b) => byPosition(a.trigger ?? a.evidence, b.trigger ?? b.evidence) || compare(a.iri, b.iri)),
    timexes: graph
      .subjectsOfType(NKG.TimeExpression)
      .filter((t) => graph.iris(t, OA.hasSource).includes(iri))
      .map((t) => readTimex(graph, t))
      .filter((t): t is ViewTimex => t !== undefined)
      .sort(byPosition),
    boilerplate: graph
      .iris(iri, VIEW_TERMS.hasBoilerplate)
      .map((b) => readBoilerplate(graph, b))
      .filter((b): b is ViewBoilerplate => b !== undefined)
      .sort(byPosition),
  };
}

function readActor(graph: GraphIndex, iri: string): ViewActor {
  const kind = ACTOR_KINDS.find(([cls]) => graph.isA(iri, cls))?.[1] ?? 'unnamed';
  return {
    iri,
    name: graph.literal(iri, SCHEMA.name) ?? lastSegment(iri),
    kind,
    alternateNames: graph.literals(iri, SCHEMA.alternateName),
    ...optional('description', graph.literal(iri, SCHEMA.description)),
    sameAs: graph.iris(iri, SCHEMA.sameAs),
    roles: graph.iris(iri, NKG.holdsRole).flatMap((role) => {
      const name = graph.literal(role, SCHEMA.roleName);
      return name ? [{ name, ...optional('affiliation', graph.iri(role, NKG.affiliation)) }] : [];
    }),
    ...optional('confidence', graph.number(iri, NKG.confidence)),
  };
}

function readMention(graph: GraphIndex, iri: string): ViewMention | undefined {
  const at = span(graph, iri);
  const actor = graph.iri(iri, NKG.refersTo);
  return at && actor ? { iri, ...at, actor, kind: graph.literal(iri, NKG.mentionKind) ?? 'name' } : undefined;
}

function readStatement(graph: GraphIndex, iri: string): ViewStatement | undefined {
  const speaker = graph.iri(iri, NKG.speaker);
  if (!speaker) return undefined;
  const cue = spanAt(graph, iri, NKG.cue);
  const contentSpan = spanAt(graph, iri, NKG.contentSpan);
  const evidence = spanAt(graph, iri, NKG.evidence);
  const typeIri = graph.iri(iri, NKG.statementType);
  return {
    iri,
    speaker,
    ...optional('speakerMention', graph.iri(iri, NKG.speakerMention)),
    ...optional('cue', cue),
    cueLemma: graph.literal(iri, NKG.cueLemma) ?? '',
    type: typeIri ? localName(typeIri, NKG_STATEMENT_TYPE) : 'statement',
    mode: graph.literal(iri, NKG.speechMode) ?? '',
    content: graph.literal(iri, NKG.content) ?? contentSpan?.exact ?? '',
    ...optional('contentSpan', contentSpan),
    ...optional('evidence', evidence),
    // only actors: what a statement says about an event is not an edge of the actor network
    about: graph.iris(iri, NKG.about).filter((a) => graph.isA(a, NKG.Actor)),
    ...optional('confidence', graph.number(iri, NKG.confidence)),
  };
}

function readEvent(graph: GraphIndex, iri: string): ViewEvent {
  const typeIri = graph.iri(iri, NKG.eventType);
  const factuality = graph.iri(iri, VIEW_TERMS.factuality);
  const reading = factuality?.startsWith(FACTUALITY_BASE) ? (factuality.slice(FACTUALITY_BASE.length) as Factuality) : undefined;
  const point = graph.literal(iri, SEM.hasTimeStamp);
  const begin = graph.literal(iri, SEM.hasBeginTimeStamp);
  const end = graph.literal(iri, SEM.hasEndTimeStamp);
  const when = point || begin || end ? { ...optional('point', point), ...optional('begin', begin), ...optional('end', end) } : undefined;
  return {
    iri,
    type: typeIri ? localName(typeIri, NKG_EVENT_TYPE) : 'event',
    ...optional('trigger', spanAt(graph, iri, NKG.trigger)),
    mentionedAt: spans(graph, graph.iris(iri, NKG.mentionedAt)),
    ...optional('evidence', spanAt(graph, iri, NKG.evidence)),
    actors: graph.iris(iri, SEM.hasActor),
    ...optional('place', graph.iri(iri, SEM.hasPlace)),
    ...optional('when', when),
    ...optional('timeText', graph.literal(iri, NKG.timeText)),
    ...optional('factuality', reading && FACTUALITIES.includes(reading) ? reading : undefined),
    ...optional('confidence', graph.number(iri, NKG.confidence)),
  };
}

function readTimex(graph: GraphIndex, iri: string): ViewTimex | undefined {
  const at = span(graph, iri);
  return at
    ? { ...at, type: graph.literal(iri, NKG.timexType) ?? '', ...optional('value', graph.literal(iri, NKG.timexValue)) }
    : undefined;
}

function readBoilerplate(graph: GraphIndex, iri: string): ViewBoilerplate | undefined {
  const at = span(graph, iri);
  return at ? { ...at, kind: graph.literal(iri, VIEW_TERMS.boilerplateKind) ?? 'other' } : undefined;
}

function spanAt(graph: GraphIndex, subject: string, predicate: string): ViewSpan | undefined {
  const node = graph.iri(subject, predicate);
  return node ? span(graph, node) : undefined;
}

function spans(graph: GraphIndex, nodes: readonly string[]): ViewSpan[] {
  return nodes
    .map((n) => span(graph, n))
    .filter((s): s is ViewSpan => s !== undefined)
    .sort(byPosition);
}

/** A TextSpan's offsets and text (a lean graph writes offsets only); undefined unless the offsets are integers with 0 <= start < end. */
function span(graph: GraphIndex, node: string): ViewSpan | undefined {
  const start = graph.number(node, OA.start);
  const end = graph.number(node, OA.end);
  if (start === undefined || end === undefined) return undefined;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return undefined;
  return { start, end, ...optional('exact', graph.literal(node, OA.exact)) };
}

function byPosition(a: ViewSpan | undefined, b: ViewSpan | undefined): number {
  return (a?.start ?? Infinity) - (b?.start ?? Infinity) || (b?.end ?? 0) - (a?.end ?? 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function localName(iri: string, base: string): string {
  return iri.startsWith(base) ? iri.slice(base.length) : lastSegment(iri);
}

function lastSegment(iri: string): string {
  return decodeURIComponentSafe(
    iri
      .replace(/[/#]+$/, '')
      .split(/[/#]/)
      .pop() ?? iri,
  );
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `{ key: value }` when the value is defined, `{}` otherwise (exact optional properties). */
function optional<K extends string, V>(key: K, value: V | undefined | '' | null): { [P in K]?: V } {
  return value === undefined || value === '' || value === null ? {} : ({ [key]: value } as { [P in K]: V });
}
