import { DataFactory } from 'rdf-data-factory';
import type { Quad, Quad_Object, NamedNode } from '@rdfjs/types';
import { NKG, NKG_EVENT_TYPE, NKG_FACTUALITY, NKG_STATEMENT_TYPE, OA, PROV, RDF, SCHEMA, SEM, XSD } from '../core/vocab.js';
import type { Genre } from '../core/types.js';
import type {
  ActorNode,
  ArticleActorNode,
  ArticleModel,
  EventNode,
  MentionNode,
  SentenceNode,
  StatementNode,
  TextSpanNode,
  TimexNode,
  TypedDate,
} from '../model/types.js';
import { DEFAULT_PROFILE, profileRules } from './profile.js';
import type { Profile, ProfileRules } from './profile.js';

// rdf-data-factory's terms keep their value, language and datatype as plain fields; N3's parse them
// out of an id string on every read, which the serializers and the validator do millions of times.
const factory = new DataFactory();
const namedNode = factory.namedNode.bind(factory);
const literal = factory.literal.bind(factory);
const quad = factory.quad.bind(factory);

const ACTOR_CLASSES = {
  Person: [NKG.Person, SCHEMA.Person],
  Organization: [NKG.Organization, SCHEMA.Organization],
  Country: [NKG.Country, SCHEMA.Country],
  Place: [NKG.Place, SCHEMA.Place],
} as const;

const GENRE_CLASSES: Partial<Record<Genre, string>> = {
  OpEd: SCHEMA.OpinionNewsArticle,
  Commentary: SCHEMA.OpinionNewsArticle,
  Editorial: SCHEMA.OpinionNewsArticle,
  Analysis: SCHEMA.AnalysisNewsArticle,
  Review: SCHEMA.ReviewNewsArticle,
  News: SCHEMA.ReportageNewsArticle,
};

/** Pure: the article model as quads, all in the article's named graph, spelled out as the profile says. */
export function encodeGraph(model: ArticleModel, profile: Profile = DEFAULT_PROFILE): Quad[] {
  const out = new QuadSink(namedNode(model.graph), profileRules(profile));
  encodeArticle(out, model);
  for (const actor of model.actors) encodeActor(out, actor, model);
  for (const node of model.articleActors) encodeArticleActor(out, node, model);
  for (const statement of model.statements) encodeStatement(out, statement, model);
  for (const event of model.events) encodeEvent(out, event, model);
  if (out.rules.textLayer) {
    for (const timex of model.timexes) encodeTimex(out, timex, model);
    for (const sentence of model.sentences) encodeSentence(out, sentence, model);
  }
  encodeRun(out, model, profile);
  return out.quads;
}

class QuadSink {
  readonly quads: Quad[] = [];
  constructor(
    private readonly graph: NamedNode,
    readonly rules: ProfileRules,
  ) {}

  add(subject: string, predicate: string, object: Quad_Object): void {
    this.quads.push(quad(namedNode(subject), namedNode(predicate), object, this.graph));
  }
  iri(subject: string, predicate: string, object: string): void {
    this.add(subject, predicate, namedNode(object));
  }
  types(subject: string, ...classes: readonly string[]): void {
    for (const cls of classes) this.iri(subject, RDF.type, cls);
  }
  text(subject: string, predicate: string, value: string): void {
    this.add(subject, predicate, literal(value));
  }
  typed(subject: string, predicate: string, value: string | number, datatype: string): void {
    this.add(subject, predicate, literal(String(value), namedNode(datatype)));
  }
  decimal(subject: string, predicate: string, value: number): void {
    this.typed(subject, predicate, formatDecimal(value), XSD.decimal);
  }
  date(subject: string, predicate: string, date: TypedDate): void {
    this.typed(subject, predicate, date.lexical, XSD[date.datatype]);
  }
}

function encodeArticle(out: QuadSink, model: ArticleModel): void {
  const a = model.article;
  const genreClass = a.genre ? GENRE_CLASSES[a.genre] : undefined;
  out.types(a.iri, NKG.Article, SCHEMA.NewsArticle, ...(genreClass ? [genreClass] : []));
  out.text(a.iri, SCHEMA.headline, a.headline);
  for (const author of a.authors) out.iri(a.iri, SCHEMA.author, author);
  if (a.publisher) out.iri(a.iri, SCHEMA.publisher, a.publisher);
  if (a.periodical) {
    const p = a.periodical;
    out.iri(a.iri, SCHEMA.isPartOf, p.iri);
    out.types(p.iri, SCHEMA.Periodical);
    out.text(p.iri, SCHEMA.issn, p.issn);
    if (p.name) out.text(p.iri, SCHEMA.name, p.name);
    if (p.publisher) out.iri(p.iri, SCHEMA.publisher, p.publisher);
  }
  if (a.sourceOrganization) out.iri(a.iri, SCHEMA.sourceOrganization, a.sourceOrganization);
  if (a.genre) out.text(a.iri, SCHEMA.genre, a.genre);
  for (const section of a.sections) {
    out.text(a.iri, SCHEMA.articleSection, section.name);
    if (!out.rules.textLayer) continue;
    out.iri(a.iri, NKG.hasSection, section.iri);
    encodeSpan(out, section, model, { cls: NKG.Section });
    out.text(section.iri, SCHEMA.name, section.name);
  }
  for (const furniture of out.rules.textLayer ? a.boilerplate : []) {
    out.iri(a.iri, NKG.hasBoilerplate, furniture.iri);
    encodeSpan(out, furniture, model, { cls: NKG.Boilerplate });
    out.text(furniture.iri, NKG.boilerplateKind, furniture.kind);
    out.decimal(furniture.iri, NKG.confidence, furniture.confidence);
  }
  out.text(a.iri, SCHEMA.inLanguage, a.language);
  out.typed(a.iri, SCHEMA.wordCount, a.wordCount, XSD.integer);
  if (a.datePublished) out.typed(a.iri, SCHEMA.datePublished, a.datePublished, XSD.date);
  if (a.url) out.iri(a.iri, SCHEMA.url, a.url);
  if (a.image) out.iri(a.iri, SCHEMA.image, a.image);
  if (a.articleBody !== undefined) out.text(a.iri, SCHEMA.articleBody, a.articleBody);
  out.text(a.iri, NKG.contentHash, a.contentHash);
  for (const actor of a.mentionedActors) out.iri(a.iri, SCHEMA.mentions, actor);
  if (out.rules.textLayer) for (const mention of a.mentions) encodeMention(out, mention, model);
  out.iri(a.iri, PROV.wasGeneratedBy, model.run.iri);
}

function encodeMention(out: QuadSink, mention: MentionNode, model: ArticleModel): void {
  out.iri(model.article.iri, NKG.hasMention, mention.iri);
  encodeSpan(out, mention, model, { cls: NKG.Mention });
  out.iri(mention.iri, NKG.refersTo, mention.actor);
  out.text(mention.iri, NKG.mentionKind, mention.kind);
  if (mention.sentence) out.iri(mention.iri, NKG.sentence, mention.sentence);
}

function encodeActor(out: QuadSink, actor: ActorNode, model: ArticleModel): void {
  out.types(actor.iri, NKG.Actor, ...(actor.type ? ACTOR_CLASSES[actor.type] : []));
  out.text(actor.iri, SCHEMA.name, actor.name);
  for (const alias of actor.aliases) out.text(actor.iri, SCHEMA.alternateName, alias);
  if (actor.description) out.text(actor.iri, SCHEMA.description, actor.description);
  for (const sameAs of actor.sameAs) out.iri(actor.iri, SCHEMA.sameAs, sameAs);
  if (actor.countryCode) out.text(actor.iri, SCHEMA.identifier, actor.countryCode);
  if (actor.confidence !== undefined) out.decimal(actor.iri, NKG.confidence, actor.confidence);
  for (const role of actor.roles) {
    out.iri(actor.iri, NKG.holdsRole, role.iri);
    out.types(role.iri, NKG.Role, ...(out.rules.factAlignment ? [SCHEMA.Role] : []));
    out.text(role.iri, SCHEMA.roleName, role.roleName);
    if (role.affiliation) out.iri(role.iri, NKG.affiliation, role.affiliation);
    out.iri(role.iri, NKG.evidence, role.evidence.iri);
    // an actor is corpus-wide: only the span says which article states the role
    encodeSpan(out, role.evidence, model, { anchor: true });
    if (out.rules.factAlignment) out.iri(role.iri, PROV.wasGeneratedBy, model.run.iri);
  }
}

function encodeArticleActor(out: QuadSink, node: ArticleActorNode, model: ArticleModel): void {
  if (out.rules.articleActorType) out.types(node.iri, NKG.ArticleActor);
  out.iri(node.iri, NKG.actor, node.actor);
  // the article as an object: a store without a (graph, predicate) index finds an article's nodes through it
  out.iri(node.iri, NKG.inArticle, model.article.iri);
  out.text(node.iri, NKG.actorName, node.name);
  if (node.type) out.iri(node.iri, NKG.actorType, ACTOR_CLASSES[node.type][0]);
  if (node.mentionCount > 0) out.typed(node.iri, NKG.mentionCount, node.mentionCount, XSD.integer);
  if (out.rules.textLayer) for (const sentence of node.mentionedIn) out.iri(node.iri, NKG.mentionedIn, sentence);
  if (!out.rules.articleActorLinks) return;
  for (const statement of node.speakerOf) out.iri(node.iri, NKG.speakerOf, statement);
  for (const statement of node.topicOf) out.iri(node.iri, NKG.topicOf, statement);
  for (const event of node.participantIn) out.iri(node.iri, NKG.participantIn, event);
  for (const event of node.placeOf) out.iri(node.iri, NKG.placeOf, event);
}

function encodeStatement(out: QuadSink, s: StatementNode, model: ArticleModel): void {
  const { textLayer, factAlignment } = out.rules;
  out.types(s.iri, NKG.Statement, ...(factAlignment ? [SCHEMA.Claim] : []));
  out.iri(s.iri, NKG.speaker, s.speaker);
  if (s.speakerMention && textLayer) out.iri(s.iri, NKG.speakerMention, s.speakerMention);
  if (s.cue && textLayer) {
    out.iri(s.iri, NKG.cue, s.cue.iri);
    encodeSpan(out, s.cue, model);
  }
  out.text(s.iri, NKG.cueLemma, s.cueLemma);
  out.iri(s.iri, NKG.statementType, NKG_STATEMENT_TYPE + s.type);
  out.text(s.iri, NKG.speechMode, s.mode);
  out.text(s.iri, NKG.content, s.content.exact);
  if (textLayer) {
    out.iri(s.iri, NKG.contentSpan, s.content.iri);
    encodeSpan(out, s.content, model);
  }
  out.iri(s.iri, NKG.evidence, s.evidence.iri);
  encodeSpan(out, s.evidence, model);
  for (const about of s.about) out.iri(s.iri, NKG.about, about);
  if (s.sentence && textLayer) out.iri(s.iri, NKG.sentence, s.sentence);
  out.iri(s.iri, SCHEMA.appearance, model.article.iri);
  out.decimal(s.iri, NKG.confidence, s.confidence);
  if (factAlignment) out.iri(s.iri, PROV.wasGeneratedBy, model.run.iri);
}

function encodeEvent(out: QuadSink, e: EventNode, model: ArticleModel): void {
  const { textLayer, factAlignment } = out.rules;
  out.types(e.iri, NKG.Event, ...(factAlignment ? [SEM.Event, SCHEMA.Event] : []));
  out.iri(e.iri, NKG.eventType, NKG_EVENT_TYPE + e.type);
  out.iri(e.iri, NKG.factuality, NKG_FACTUALITY + e.factuality);
  if (textLayer) {
    out.iri(e.iri, NKG.trigger, e.trigger.iri);
    encodeSpan(out, e.trigger, model);
  }
  for (const mention of textLayer ? e.alsoMentioned : []) {
    out.iri(e.iri, NKG.mentionedAt, mention.iri);
    encodeSpan(out, mention, model);
  }
  out.iri(e.iri, NKG.evidence, e.evidence.iri);
  encodeSpan(out, e.evidence, model);
  for (const { actor, role } of e.participants) {
    out.iri(e.iri, SEM.hasActor, actor);
    if (role === 'agent') out.iri(e.iri, NKG.agent, actor);
    else if (role === 'patient') out.iri(e.iri, NKG.patient, actor);
  }
  if (e.place) out.iri(e.iri, SEM.hasPlace, e.place);
  if (e.time) {
    if (textLayer) out.iri(e.iri, NKG.timeExpression, e.time.timex);
    if (e.time.point) out.date(e.iri, SEM.hasTimeStamp, e.time.point);
    if (e.time.begin) out.date(e.iri, SEM.hasBeginTimeStamp, e.time.begin);
    if (e.time.end) out.date(e.iri, SEM.hasEndTimeStamp, e.time.end);
    if (e.time.text) out.text(e.iri, NKG.timeText, e.time.text);
  }
  if (e.sentence && textLayer) out.iri(e.iri, NKG.sentence, e.sentence);
  out.iri(e.iri, SCHEMA.subjectOf, model.article.iri);
  out.decimal(e.iri, NKG.confidence, e.confidence);
  if (factAlignment) out.iri(e.iri, PROV.wasGeneratedBy, model.run.iri);
}

function encodeTimex(out: QuadSink, t: TimexNode, model: ArticleModel): void {
  // a time expression no event uses has no other tie to its article
  encodeSpan(out, t, model, { cls: NKG.TimeExpression, anchor: true });
  out.text(t.iri, NKG.timexType, t.timexType);
  if (t.value !== undefined) out.text(t.iri, NKG.timexValue, t.value);
}

function encodeSentence(out: QuadSink, sentence: SentenceNode, model: ArticleModel): void {
  // what points to a sentence finds its article through it
  encodeSpan(out, sentence, model, { cls: NKG.Sentence, anchor: true });
}

interface SpanForm {
  /** The span's own class (Mention, Sentence...); none for the spans of a statement, an event or a role. */
  cls?: string;
  /** Nothing but the span's oa:hasSource ties it to its article: written in every profile. */
  anchor?: boolean;
}

function encodeSpan(out: QuadSink, span: TextSpanNode, model: ArticleModel, form: SpanForm = {}): void {
  const { selectors } = out.rules;
  out.types(span.iri, ...(form.cls ? [form.cls] : []), ...(selectors ? [NKG.TextSpan, OA.TextPositionSelector] : []));
  out.typed(span.iri, OA.start, span.start, XSD.nonNegativeInteger);
  out.typed(span.iri, OA.end, span.end, XSD.nonNegativeInteger);
  if (out.rules.spanText) out.text(span.iri, OA.exact, span.exact);
  if (selectors || form.anchor) out.iri(span.iri, OA.hasSource, model.article.iri);
}

function encodeRun(out: QuadSink, model: ArticleModel, profile: Profile): void {
  const { run } = model;
  out.types(run.iri, PROV.Activity);
  out.text(run.iri, NKG.profile, profile);
  for (const code of run.diagnostics) out.text(run.iri, NKG.diagnostic, code);
  out.iri(run.iri, PROV.wasAssociatedWith, run.software.iri);
  out.types(run.software.iri, PROV.SoftwareAgent, SCHEMA.SoftwareApplication);
  out.text(run.software.iri, SCHEMA.name, run.software.name);
  out.text(run.software.iri, SCHEMA.softwareVersion, run.software.version);
}

/** xsd:decimal lexical form without exponent, at least one fractional digit ("1.0", "0.85"). */
function formatDecimal(value: number): string {
  const fixed = value.toFixed(3).replace(/0+$/, '');
  return fixed.endsWith('.') ? fixed + '0' : fixed;
}
