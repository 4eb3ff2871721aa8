import type {
  ActorType,
  BoilerplateKind,
  EventType,
  Factuality,
  Genre,
  MentionKind,
  ParticipantRole,
  SpeechMode,
  StatementType,
  TimexType,
} from '../core/types.js';
import type { Diagnostic, DiagnosticCode } from '../core/errors.js';

/**
 * The article as typed objects with their IRIs assigned: what the graph encoder turns
 * into quads and the JSON-LD writer into a tree. IRIs are plain strings.
 */

export interface TextSpanNode {
  iri: string;
  start: number;
  end: number;
  exact: string;
}

export interface MentionNode extends TextSpanNode {
  actor: string;
  kind: MentionKind;
  /** IRI of the sentence holding the mention's start. */
  sentence?: string;
}

/** A sentence something of the article (a mention, a statement, an event) points to. */
export interface SentenceNode extends TextSpanNode {
  /** Position among the article's sentences (Extraction.sentences), from 0; the IRI is minted from it. */
  index: number;
}

export interface TimexNode extends TextSpanNode {
  timexType: TimexType;
  value?: string;
}

export interface SectionNode extends TextSpanNode {
  name: string;
}

/** A span of page furniture ingest kept out of extraction. */
export interface BoilerplateNode extends TextSpanNode {
  kind: BoilerplateKind;
  confidence: number;
}

export type DateDatatype = 'date' | 'gYearMonth' | 'gYear';

export interface TypedDate {
  lexical: string;
  datatype: DateDatatype;
}

export interface RoleNode {
  iri: string;
  roleName: string;
  affiliation?: string;
  evidence: TextSpanNode;
}

export interface ActorNode {
  iri: string;
  /** Undefined for an unnamed source ("officials"), typed only as newskg:Actor. */
  type?: ActorType;
  name: string;
  aliases: string[];
  description?: string;
  roles: RoleNode[];
  sameAs: string[];
  countryCode?: string;
  confidence?: number;
}

/**
 * One actor as one article presents it: minted per article, so that a query joins the article's
 * facts with the actor's name and class inside the article's graph, keyed by this node rather than
 * by the corpus-wide actor IRI. Each list holds the IRIs of the article's nodes that name the actor
 * through the property the field is named after, in the order the model holds them.
 */
export interface ArticleActorNode {
  iri: string;
  /** The actor IRI it stands for. */
  actor: string;
  name: string;
  type?: ActorType;
  /** The article's mentions of the actor. */
  mentionCount: number;
  /** Sentences holding a mention of the actor. */
  mentionedIn: string[];
  /** Statements it is the speaker of. */
  speakerOf: string[];
  /** Statements about it (newskg:about). */
  topicOf: string[];
  /** Events it takes part in (sem:hasActor). */
  participantIn: string[];
  /** Events placed there (sem:hasPlace). */
  placeOf: string[];
}

export interface PeriodicalNode {
  iri: string;
  issn: string;
  name?: string;
  publisher?: string;
}

export interface ArticleNode {
  iri: string;
  genre?: Genre;
  headline: string;
  authors: string[];
  publisher?: string;
  periodical?: PeriodicalNode;
  sourceOrganization?: string;
  sections: SectionNode[];
  /** Spans treated as page furniture, in text order. */
  boilerplate: BoilerplateNode[];
  language: string;
  wordCount: number;
  datePublished?: string;
  url?: string;
  /** The text all offsets point into, kept when it was derived from the input (HTML pages). */
  articleBody?: string;
  /** The lead image URL, when the page publishes one (never invented). */
  image?: string;
  contentHash: string;
  mentionedActors: string[];
  mentions: MentionNode[];
}

export interface StatementNode {
  iri: string;
  speaker: string;
  speakerMention?: string;
  cue?: TextSpanNode;
  cueLemma: string;
  type: StatementType;
  mode: SpeechMode;
  content: TextSpanNode;
  evidence: TextSpanNode;
  about: string[];
  /** IRI of the sentence holding the reporting cue (or, without one, the statement's start). */
  sentence?: string;
  confidence: number;
}

export interface EventTime {
  timex: string;
  point?: TypedDate;
  begin?: TypedDate;
  end?: TypedDate;
  /** The time as written, when it could not be resolved to a date. */
  text?: string;
}

export interface EventParticipantNode {
  /** Actor IRI. */
  actor: string;
  role: ParticipantRole;
}

export interface EventNode {
  iri: string;
  type: EventType;
  factuality: Factuality;
  trigger: TextSpanNode;
  /** Other mentions of the same event in the article ("the talks", "after the meeting"). */
  alsoMentioned: TextSpanNode[];
  evidence: TextSpanNode;
  /** Each actor once; an actor named in two roles keeps the first. */
  participants: EventParticipantNode[];
  place?: string;
  time?: EventTime;
  /** IRI of the sentence holding the trigger. */
  sentence?: string;
  confidence: number;
}

export interface RunNode {
  iri: string;
  software: { iri: string; name: string; version: string };
  /** Codes of the warnings ingest raised about the article (a bad ISSN, a text not in English), sorted, each once. */
  diagnostics: DiagnosticCode[];
}

export interface ArticleModel {
  /** The named graph holding every triple of the article (the Article IRI). */
  graph: string;
  article: ArticleNode;
  actors: ActorNode[];
  /** One node per actor of `actors`, in the same order. */
  articleActors: ArticleActorNode[];
  statements: StatementNode[];
  events: EventNode[];
  timexes: TimexNode[];
  /** The sentences a mention, statement or event points to, in text order. */
  sentences: SentenceNode[];
  run: RunNode;
}

export interface ModelOptions {
  /** Namespace for instance IRIs; ends in "/" or "#". */
  base: string;
  /** The newskg version the run's provenance names (the pipeline passes package.json's: model reads no files). */
  version: string;
  /** User-supplied links: an actor whose name or alias is in the table gets its IRIs as schema:sameAs. */
  links?: SameAsLookup;
  /** What ingest found about the article; its warnings are named on the run. */
  diagnostics?: readonly Diagnostic[];
}

/** Outside identifiers of an actor by type and names; the user's links table (src/links) is one. */
export interface SameAsLookup {
  lookup(type: ActorType, names: readonly string[]): string[];
}
