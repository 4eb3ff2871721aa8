import type { Diagnostic, DiagnosticCode } from '../core/errors.js';
import type { ActorRecord, Extraction, Sentence, SourceDocument, Span, SpannedValue } from '../core/types.js';
import { eventTime } from './dates.js';
import { actorKey, actorNameOfKey, actorTypeOfKey } from '../core/iri-layout.js';
import { IriMinter } from './iris.js';
import { buildArticleActors } from './article-actors.js';
import type {
  ActorNode,
  ArticleModel,
  ArticleNode,
  EventNode,
  MentionNode,
  ModelOptions,
  SameAsLookup,
  PeriodicalNode,
  SentenceNode,
  StatementNode,
  TextSpanNode,
  TimexNode,
} from './types.js';

/** Pure: assigns IRIs and turns the extraction into the typed article model. */
export function buildModel(doc: SourceDocument, extraction: Extraction, options: ModelOptions): ArticleModel {
  const meta = doc.metadata;
  const iris = new IriMinter(options.base, doc.contentHash, meta.url?.value);
  const actors = new ActorTable(iris, extraction.actors, options.links);

  const authors = meta.authors.map((author) => actors.ensure(actorKey(author.type, author.value)));
  const publisher = meta.publisher ? actors.ensure(`Organization:${meta.publisher.value}`) : undefined;
  const sourceOrganization = meta.sourceOrganization ? actors.ensure(`Organization:${meta.sourceOrganization.value}`) : undefined;
  if (sourceOrganization && meta.sourceOrganizationDescription) {
    actors.describe(sourceOrganization, meta.sourceOrganizationDescription.value);
  }

  const sentences = new SentenceTable(iris, doc.text, extraction.sentences);
  const mentions = new Map<string, MentionNode>();
  const addMention = (span: Span, actorKey: string, kind: MentionNode['kind']): MentionNode => {
    const iri = iris.local('mention', span.start, span.end);
    let node = mentions.get(iri);
    if (!node) {
      const sentence = sentences.at(span.start);
      node = {
        iri,
        start: span.start,
        end: span.end,
        exact: span.text,
        actor: actors.ensure(actorKey),
        kind,
        ...(sentence ? { sentence } : {}),
      };
      mentions.set(iri, node);
    }
    return node;
  };
  for (const mention of extraction.mentions) addMention(mention.span, mention.actor, mention.kind);

  const timexes: TimexNode[] = extraction.timexes.map((timex) => ({
    iri: iris.local('timex', timex.span.start, timex.span.end),
    ...spanFields(timex.span),
    timexType: timex.type,
    ...(timex.value !== undefined ? { value: timex.value } : {}),
  }));

  const statements: StatementNode[] = [];
  const statementIris = new UniqueIris();
  for (const statement of extraction.statements) {
    const iri = statementIris.take(iris.local('statement', statement.span.start, statement.span.end));
    const speaker = actors.ensure(statement.speaker);
    const speakerMention = statement.speakerMention
      ? addMention(statement.speakerMention, statement.speaker, 'description').iri
      : undefined;
    const sentence = sentences.at((statement.cue ?? statement.span).start);
    statements.push({
      iri,
      speaker,
      ...(speakerMention ? { speakerMention } : {}),
      ...(statement.cue ? { cue: textSpan(`${iri}#cue`, statement.cue) } : {}),
      cueLemma: statement.cueLemma,
      type: statement.type,
      mode: statement.mode,
      content: textSpan(`${iri}#content`, statement.content),
      evidence: textSpan(`${iri}#span`, statement.span),
      about: unique(statement.about.filter((key) => key !== statement.speaker).map((key) => actors.ensure(key))),
      ...(sentence ? { sentence } : {}),
      confidence: roundConfidence(statement.confidence),
    });
  }

  const events: EventNode[] = [];
  const eventIris = new UniqueIris();
  for (const event of extraction.events) {
    const iri = eventIris.take(iris.local('event', event.trigger.start, event.trigger.end));
    const timex = event.time !== undefined ? extraction.timexes[event.time] : undefined;
    const timexNode = event.time !== undefined ? timexes[event.time] : undefined;
    const participants: EventNode['participants'] = [];
    for (const p of event.participants) {
      const actor = actors.ensure(p.actor);
      if (!participants.some((q) => q.actor === actor)) participants.push({ actor, role: p.role });
    }
    const sentence = sentences.at(event.trigger.start);
    events.push({
      iri,
      type: event.type,
      factuality: event.factuality,
      trigger: textSpan(`${iri}#trigger`, event.trigger),
      alsoMentioned: (event.mentions ?? []).map((span) => textSpan(`${iri}#mention-${span.start}-${span.end}`, span)),
      evidence: textSpan(`${iri}#span`, event.span),
      participants,
      ...(event.place ? { place: actors.ensure(event.place) } : {}),
      ...(timex && timexNode ? { time: eventTime(timex, timexNode.iri) } : {}),
      ...(sentence ? { sentence } : {}),
      confidence: roundConfidence(event.confidence),
    });
  }

  const mentionNodes = [...mentions.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const version = options.version;
  const article: ArticleNode = {
    iri: iris.article,
    ...(meta.genre ? { genre: meta.genre.value } : {}),
    headline: meta.headline?.value ?? fallbackHeadline(doc),
    authors: unique(authors),
    ...(publisher ? { publisher } : {}),
    ...(meta.issn ? { periodical: periodical(meta.issn, meta.publisher, publisher) } : {}),
    ...(sourceOrganization ? { sourceOrganization } : {}),
    sections: doc.sections.map((section) => ({
      iri: iris.local('section', section.heading.start, section.heading.end),
      ...spanFields(section.heading),
      name: section.heading.text.trim(),
    })),
    boilerplate: doc.boilerplate.map((furniture) => ({
      iri: iris.local('boilerplate', furniture.span.start, furniture.span.end),
      ...spanFields(furniture.span),
      kind: furniture.kind,
      confidence: roundConfidence(furniture.confidence),
    })),
    language: meta.language,
    wordCount: countWords(doc),
    ...(meta.datePublished ? { datePublished: meta.datePublished.value } : {}),
    ...(meta.url ? { url: meta.url.value } : {}),
    ...(meta.image ? { image: meta.image.value } : {}),
    // A plain-text input is itself the text spans point into; an HTML page is not, so keep its extracted text.
    ...(doc.source.format === 'html' ? { articleBody: doc.text } : {}),
    contentHash: `sha256:${doc.contentHash}`,
    mentionedActors: unique(mentionNodes.map((m) => m.actor)),
    mentions: mentionNodes,
  };
  const actorNodes = actors.nodes();
  return {
    graph: iris.article,
    article,
    actors: actorNodes,
    articleActors: buildArticleActors(actorNodes, actors.articleActorIris(), article, statements, events),
    statements,
    events,
    timexes,
    sentences: sentences.used(),
    run: {
      iri: iris.run(),
      software: { iri: IriMinter.software(version), name: 'newskg', version },
      diagnostics: warningCodes(options.diagnostics ?? []),
    },
  };
}

/** Actor nodes by key, created on first reference so that every IRI the graph points to has a node. */
class ActorTable {
  private readonly byKey = new Map<string, ActorNode>();
  private readonly records: Map<string, ActorRecord>;

  constructor(
    private readonly iris: IriMinter,
    records: readonly ActorRecord[],
    private readonly links?: SameAsLookup,
  ) {
    this.records = new Map(records.map((record) => [record.key, record]));
    for (const record of records) this.ensure(record.key);
  }

  ensure(key: string): string {
    const existing = this.byKey.get(key);
    if (existing) return existing.iri;
    const record = this.records.get(key);
    const iri = this.iris.actor(key);
    const type = record?.type ?? actorTypeOfKey(key);
    const node: ActorNode = {
      iri,
      ...(type ? { type } : {}),
      name: record?.name ?? actorNameOfKey(key),
      aliases: [],
      roles: [],
      sameAs: record?.wikidata ? [IriMinter.wikidata(record.wikidata)] : [],
      ...(record?.countryCode ? { countryCode: record.countryCode } : {}),
      ...(record ? { confidence: roundConfidence(record.confidence) } : {}),
    };
    this.byKey.set(key, node);
    if (record) {
      node.aliases = unique(record.aliases.filter((alias) => alias !== node.name)).sort();
      node.roles = record.roles.map((role) => ({
        iri: this.iris.local('role', role.span.start, role.span.end),
        roleName: role.title,
        ...(role.affiliation ? { affiliation: this.ensure(role.affiliation) } : {}),
        evidence: textSpan(`${this.iris.local('role', role.span.start, role.span.end)}#span`, role.span),
      }));
    }
    if (this.links && type) node.sameAs = unique([...node.sameAs, ...this.links.lookup(type, [node.name, ...node.aliases])]);
    return iri;
  }

  /** Actor IRI -> its newskg:ArticleActor IRI, minted from the first key that gave the actor its IRI. */
  articleActorIris(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, node] of this.byKey) if (!out.has(node.iri)) out.set(node.iri, this.iris.articleActor(key));
    return out;
  }

  describe(iri: string, description: string): void {
    for (const node of this.byKey.values()) if (node.iri === iri) node.description = description;
  }

  /** Merges nodes that share an IRI (two keys whose names slug alike), keeping first-seen order. */
  nodes(): ActorNode[] {
    const byIri = new Map<string, ActorNode>();
    for (const node of this.byKey.values()) {
      const seen = byIri.get(node.iri);
      if (!seen) {
        byIri.set(node.iri, node);
        continue;
      }
      seen.aliases = unique([...seen.aliases, ...node.aliases, ...(node.name !== seen.name ? [node.name] : [])]).sort();
      seen.roles = [...seen.roles, ...node.roles];
      seen.sameAs = unique([...seen.sameAs, ...node.sameAs]);
    }
    return [...byIri.values()];
  }
}

/** The article's sentences by offset; a sentence becomes a node once something points to it. */
class SentenceTable {
  /** Indexes into `all`, ordered by start: a binary search finds the sentence holding an offset. */
  private readonly byStart: number[];
  private readonly nodes = new Map<number, SentenceNode>();

  constructor(
    private readonly iris: IriMinter,
    private readonly text: string,
    private readonly all: readonly Sentence[],
  ) {
    this.byStart = all.map((_, i) => i).sort((a, b) => all[a]!.start - all[b]!.start || a - b);
  }

  /** IRI of the sentence holding `offset`, or undefined when it lies in none (a byline, a dateline). */
  at(offset: number): string | undefined {
    let low = 0;
    let high = this.byStart.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.all[this.byStart[mid]!]!.start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return undefined;
    const index = this.byStart[found]!;
    const sentence = this.all[index]!;
    if (offset >= sentence.end) return undefined;
    let node = this.nodes.get(index);
    if (!node) {
      node = {
        iri: this.iris.sentence(index),
        index,
        start: sentence.start,
        end: sentence.end,
        exact: this.text.slice(sentence.start, sentence.end),
      };
      this.nodes.set(index, node);
    }
    return node.iri;
  }

  used(): SentenceNode[] {
    return [...this.nodes.values()].sort((a, b) => a.start - b.start || a.index - b.index);
  }
}

class UniqueIris {
  private readonly seen = new Set<string>();

  take(iri: string): string {
    let candidate = iri;
    for (let n = 2; this.seen.has(candidate); n++) candidate = `${iri}-${n}`;
    this.seen.add(candidate);
    return candidate;
  }
}

function periodical(issn: SpannedValue, publisherName: SpannedValue | undefined, publisher: string | undefined): PeriodicalNode {
  return {
    iri: IriMinter.periodical(issn.value),
    issn: issn.value,
    ...(publisherName ? { name: publisherName.value } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

function spanFields(span: Span): Omit<TextSpanNode, 'iri'> {
  return { start: span.start, end: span.end, exact: span.text };
}

function textSpan(iri: string, span: Span): TextSpanNode {
  return { iri, ...spanFields(span) };
}

function warningCodes(diagnostics: readonly Diagnostic[]): DiagnosticCode[] {
  return unique(diagnostics.filter((d) => d.level === 'warning').map((d) => d.code)).sort();
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

function countWords(doc: SourceDocument): number {
  let words = 0;
  for (const paragraph of doc.paragraphs) words += paragraph.text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words;
}

/** An article without a recognisable headline still needs one: its first body words. */
function fallbackHeadline(doc: SourceDocument): string {
  const first = doc.paragraphs[0]?.text ?? doc.text;
  const words = first.trim().split(/\s+/).slice(0, 12).join(' ');
  return words || doc.source.name;
}
