/**
 * What a view page shows of one article, read back from its exported graph (see read.ts).
 * Only plain data: every string is as the graph holds it and is escaped where it is written.
 */

export type ActorKind = 'person' | 'organization' | 'country' | 'place' | 'unnamed';

/** The four readings of an event the graph may give (newskg:factuality); absent in older graphs. */
export type Factuality = 'asserted' | 'negated' | 'possible' | 'future';

export interface ViewSpan {
  start: number;
  end: number;
  /** The words at the offsets (oa:exact); absent in a lean graph, whose spans are offsets into the text only. */
  exact?: string;
}

export interface ViewRole {
  name: string;
  /** Actor IRI. */
  affiliation?: string;
}

export interface ViewActor {
  iri: string;
  name: string;
  kind: ActorKind;
  alternateNames: string[];
  description?: string;
  /** schema:sameAs IRIs (Wikidata, GeoNames, the user's --links table). */
  sameAs: string[];
  roles: ViewRole[];
  confidence?: number;
}

export interface ViewMention extends ViewSpan {
  iri: string;
  /** Actor IRI. */
  actor: string;
  kind: string;
}

export interface ViewStatement {
  iri: string;
  /** Actor IRI. */
  speaker: string;
  /** Mention IRI. */
  speakerMention?: string;
  cue?: ViewSpan;
  cueLemma: string;
  /** Local name in the statement-type scheme ("warning"). */
  type: string;
  mode: string;
  content: string;
  contentSpan?: ViewSpan;
  evidence?: ViewSpan;
  /** Actor IRIs (events it is about are left out: the network is of actors). */
  about: string[];
  confidence?: number;
}

export interface ViewEvent {
  iri: string;
  /** Local name in the event-type scheme ("meeting"). */
  type: string;
  trigger?: ViewSpan;
  mentionedAt: ViewSpan[];
  evidence?: ViewSpan;
  actors: string[];
  place?: string;
  /** A point in time, or an interval (either end may be open); xsd:date, gYearMonth or gYear lexical forms. */
  when?: { point?: string; begin?: string; end?: string };
  /** The time as written when it could not be resolved. */
  timeText?: string;
  factuality?: Factuality;
  confidence?: number;
}

export interface ViewBoilerplate extends ViewSpan {
  kind: string;
}

export interface ViewTimex extends ViewSpan {
  type: string;
  value?: string;
}

export interface ArticleView {
  iri: string;
  headline: string;
  genre?: string;
  datePublished?: string;
  url?: string;
  language?: string;
  authors: string[];
  /** Actor IRI. */
  publisher?: string;
  /** Name (or ISSN) of the periodical the article is part of. */
  periodical?: string;
  sourceOrganization?: string;
  /** "sha256:…" over the text every offset points into. */
  contentHash?: string;
  /** schema:articleBody: the text offsets point into, when the graph carries it (HTML inputs). */
  articleBody?: string;
  software?: string;
  sections: ViewSpan[];
  mentions: ViewMention[];
  /** Every actor the article's nodes point to, by IRI. */
  actors: Map<string, ViewActor>;
  statements: ViewStatement[];
  events: ViewEvent[];
  timexes: ViewTimex[];
  boilerplate: ViewBoilerplate[];
}
