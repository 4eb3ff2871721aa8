/**
 * The data that flows between pipeline stages. Every stage imports only these types
 * from the stage before it (see DESIGN.md, section 2).
 *
 * Offsets everywhere are 0-based, end-exclusive JavaScript string indices into
 * `SourceDocument.text`, so `text.slice(span.start, span.end) === span.text`.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------- ingest

export type Genre = 'OpEd' | 'Analysis' | 'Interview' | 'Editorial' | 'Review' | 'Commentary' | 'Feature' | 'Obituary' | 'News';

/** Where a piece of metadata came from: read from the input, or guessed by extraction. */
export type MetadataOrigin = 'text' | 'record' | 'option' | 'html';

export interface SourceInfo {
  /** File path, record id, or "<stdin>": used in every error and diagnostic. */
  name: string;
  /** The raw input format the text came from. */
  format: 'text' | 'html' | 'jsonl';
  /** The file the input was read from ("-" for standard input), when it was read by src/sources. */
  file?: string;
  /** The record's `id` for a JSON Lines record. */
  id?: string;
  /** 1-based line of a JSON Lines record in its file. */
  line?: number;
}

export interface SpannedValue<T = string> {
  value: T;
  span?: Span;
  origin: MetadataOrigin;
}

/** An author: a person, or an organisation when the byline names one ("By Example News", "By the Editorial Board"). */
export interface AuthorValue extends SpannedValue {
  type: 'Person' | 'Organization';
}

export interface ArticleMetadata {
  headline?: SpannedValue;
  genre?: SpannedValue<Genre>;
  /** Author names as printed in the byline ("By A and B" gives two). */
  authors: AuthorValue[];
  issn?: SpannedValue;
  publisher?: SpannedValue;
  /** The organisation the piece first appeared in, from a closing blurb ("X is a news network..."). */
  sourceOrganization?: SpannedValue;
  /** One-sentence description of the source organisation, when the blurb gives one. */
  sourceOrganizationDescription?: SpannedValue;
  /** xsd:date lexical form (YYYY-MM-DD). */
  datePublished?: SpannedValue;
  url?: SpannedValue;
  /** The article's lead image (absolute URL), from page metadata (og:image, JSON-LD image). */
  image?: SpannedValue;
  /** BCP 47 tag. */
  language: string;
}

export interface Section {
  heading: Span;
  /** Extent of the section body: from the end of the heading to the next heading or the end of the body. */
  start: number;
  end: number;
}

/** What a span of page furniture is (the graph's newskg:boilerplateKind; the shapes list the same values). */
export const BOILERPLATE_KINDS = [
  'navigation', // menus, breadcrumbs, skip links, page and text controls
  'related-links', // "Related:", "Read more:" and the headlines of other stories
  'share-buttons', // share and follow buttons
  'photo-credit', // "Photo: Jane Doe/Reuters" (the caption itself is article text)
  'advertisement', // ads, sponsored widgets, the site's promotions of its own pages
  'newsletter', // newsletter, RSS and subscription prompts
  'cookie-notice', // cookie and consent banners
  'comment-form', // the comment section and its form
  'publisher-blurb', // "X is a news network ...", "This article first appeared in X"
  'copyright', // "© 2024 The Daily Meridian. All rights reserved."
  'credits', // "(Reporting by ...; Editing by ...)"
  'editor-note', // "Editor's note: ...", "Correction: ..."
  'disclaimer', // "The views expressed ... are the author's own"
  'author-note', // the author's bio closing the piece
  'site-name', // the site's or section's name above the headline
] as const;

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

/** How a span was recognised as furniture: the evidence its confidence is computed from. */
export type BoilerplateEvidence =
  | 'line-pattern' // the line itself says what it is ("Advertisement", "Photo: Jane Doe/Reuters")
  | 'publisher-blurb' // the closing "X is a news network ..." blurb
  | 'author-note' // a bio that starts with the byline author's name
  | 'wrapped-line' // the hard-wrapped rest of a furniture line
  | 'menu-run' // one of a run of short lines, most of them known menu links
  | 'page-tail' // after a comment-form header late in the text
  | 'site-name' // a short line above the headline
  | 'top-label' // a short capitalised label between the headline and the body
  | 'list-item'; // a headline-like line after "Related:" or a sponsored-links header

export interface Boilerplate {
  kind: BoilerplateKind;
  span: Span;
  /** How the span's lines were recognised, strongest first. */
  evidence: BoilerplateEvidence[];
  /** How sure ingest is that the span is furniture (from its weakest evidence; see ingest/confidence.ts). */
  confidence: number;
}

export interface SourceDocument {
  source: SourceInfo;
  /** The article text all offsets refer to (for plain text: the file content, unchanged). */
  text: string;
  /** sha256 of `text`, hex. */
  contentHash: string;
  metadata: ArticleMetadata;
  /** Reader-facing body paragraphs, in order (headline, byline and boilerplate excluded). */
  paragraphs: Span[];
  sections: Section[];
  boilerplate: Boilerplate[];
}

// ---------------------------------------------------------------- extract

export type ActorType = 'Person' | 'Organization' | 'Country' | 'Place';

export type MentionKind =
  | 'name' // "Dmitry Rogozin", "NATO"
  | 'alias' // a short form of a name already seen: "Rogozin"
  | 'description' // "the envoy", "the alliance"
  | 'pronoun' // "he", "it"
  | 'demonym' // "Russian" in "Russian Foreign Minister"
  | 'metonym'; // "Moscow" standing for Russia's government

export interface Mention {
  span: Span;
  /** Key of the Actor this mention refers to (ActorRecord.key). */
  actor: string;
  kind: MentionKind;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** How reliable the mention and its actor's type are, in [0, 1]: a raw score from `evidence` (actor extraction), then calibrated (extract/confidence). */
  confidence?: number;
  /** What the confidence was computed from; set by actor extraction. */
  evidence?: MentionEvidence;
}

/** Named evidence behind a mention (src/extract/actors/confidence.ts turns it into a confidence). */
export interface MentionEvidence {
  /**
   * Where the actor's type came from: the page's metadata, a packaged gazetteer or list (`lexicon`),
   * the words around its mentions (`context`), or the default for a name with no evidence at all.
   */
  typeSource: 'metadata' | 'lexicon' | 'context' | 'default';
  /** For `lexicon`: the kind of entry ("country", "city"...) and, for cities, the population. */
  lexiconKind?: 'country' | 'organization' | 'region' | 'city' | 'place';
  population?: number;
  /** Share of the winning type in all the type evidence read for the actor (0 to 1). */
  typeAgreement: number;
  /** Evidence for the winning type, summed over the actor's mentions. */
  typeStrength: number;
  /** Words in the actor's longest name: a capitalised run of several words is more surely a name than one word. */
  nameWords: number;
  /** Name and alias mentions of the actor in the document. */
  nameMentions: number;
}

export interface Role {
  /** The title as normalised ("NATO envoy", "Foreign Minister", "Secretary General"). */
  title: string;
  span: Span;
  /** Actor key of the organisation or country the role is held in, when stated. */
  affiliation?: string;
}

export interface ActorRecord {
  /** Canonical, document-independent key: `${type}:${canonical name}`; the graph derives the IRI from it. */
  key: string;
  type: ActorType;
  name: string;
  aliases: string[];
  roles: Role[];
  /** Wikidata QID from packaged data only ("Q159"), never guessed. */
  wikidata?: string;
  /** ISO 3166-1 alpha-2 for countries. */
  countryCode?: string;
  confidence: number;
}

export type StatementType =
  | 'assertion'
  | 'warning'
  | 'threat'
  | 'demand'
  | 'proposal'
  | 'denial'
  | 'criticism'
  | 'regret'
  | 'complaint'
  | 'belief'
  | 'promise'
  | 'accusation'
  | 'prediction'
  | 'agreement'
  | 'admission'
  | 'question';

export type SpeechMode = 'direct' | 'indirect' | 'authorial';

export interface StatementRecord {
  /** Actor key of the speaker. */
  speaker: string;
  /** The mention of the speaker nearest the statement (name, description or pronoun). */
  speakerMention?: Span;
  /** The reporting verb or phrase as written ("has warned", "according to"). */
  cue?: Span;
  /** The cue's lemma ("warn", "say", "according to"); "assert" for authorial claims. */
  cueLemma: string;
  type: StatementType;
  mode: SpeechMode;
  content: Span;
  /** Extent of the whole attribution (speaker, cue and content). */
  span: Span;
  /** Actor keys the content mentions (other than the speaker). */
  about: string[];
  /** Index of the first sentence of the statement. */
  sentence: number;
  /** From `evidence` (extract/statements/confidence.ts): orders statements by how reliable their evidence is. */
  confidence: number;
  evidence: StatementEvidence;
}

/** What a statement was read from: the inputs of its confidence. */
export interface StatementEvidence {
  /** The attribution pattern ("forward": "X said (that) …", "inverted": "…, said X", "authorial": an op-ed's own claim…). */
  pattern:
    | 'forward'
    | 'backward'
    | 'inverted'
    | 'participial'
    | 'according'
    | 'colon'
    | 'epigraph'
    | 'passive'
    | 'agentless'
    | 'noun'
    | 'authorial';
  /** What the cue reports: speech, thought, evidence ("the poll shows"), an evaluation ("praised"), a noun ("his claim that"), an impression ("it seems"). */
  cue: 'speech' | 'thought' | 'evidence' | 'evaluation' | 'noun' | 'impression' | 'none';
  /** What marks the content as reported: quotation marks, "that" (or a wh-word), a colon, a bare clause, a to-infinitive, a preposition ("worried about"), a label ("called it a disgrace"), a noun-phrase object, the clause before the cue ("preceding"), a transcript turn, or the rest of a relative clause the cue sits in ("which he said were …"). */
  complement: 'quote' | 'that' | 'colon' | 'clause' | 'preceding' | 'turn' | 'infinitive' | 'preposition' | 'label' | 'object' | 'relative';
  /** How the speaker was found: a name, "X, who …", the body a spokesperson speaks for, a description ("officials"), a resolved pronoun, the article's author, no stated source, or a pronoun nothing resolves. */
  speaker: 'name' | 'relative' | 'affiliation' | 'description' | 'pronoun' | 'author' | 'unstated' | 'unresolved';
  /** Sentences between the statement and the name its speaker was resolved from (0 when named in the statement's sentence). */
  distance: number;
  /** A modal or a negation governs the cue: "might have suggested", "did not say". */
  irrealis: boolean;
  /** Words in the content: a proposition has a subject and a verb, a fragment ("the attack", "basically") fewer words. */
  words: number;
  /** A cue that is also a noun ("claims", "reports") read as a verb from word order alone, not from a name, a pronoun or "that". */
  ambiguousCue?: boolean;
  /** A speech report denied or refused ("has not said when", "declined to comment"): an attribution under PARC's conventions, not under every reader's. */
  negated?: boolean;
  /** A noun-phrase content that opens with a person's or a body's name: an attitude toward them ("endorsed Clinton", "attacked the senator's party" is not). */
  actorObject?: boolean;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What fixed a time expression's value: the main evidence its confidence is computed from. */
export type TimexAnchoring =
  | 'explicit' // the words give the whole value: "July 4, 2011", "six months", "2011"
  | 'reference' // arithmetic on the reference date that the words fix: "yesterday", "last week", "this month"
  | 'tense' // the reference date and the tense of the clause: "Friday", "in July"
  | 'counted' // the reference date moved by a count of units, the result's granularity a convention: "two weeks ago"
  | 'narrative' // the date the text spoke of last: "the following year", "later that day"
  | 'context' // other words nearby: "a year ago" beside quarterly figures is that quarter a year before
  | 'unanchored' // relative, with no reference date: the partial value ("XXXX-WXX-3")
  | 'vague'; // PRESENT_REF, PAST_REF, FUTURE_REF, or a vague quantity ("a few months", PXM)

/** The kind of value, read from its form: how much convention its granularity leaves open. */
export type TimexShape =
  | 'calendar' // a year, month or day (2011, 2011-07, 2011-07-04, XXXX-04-12) or a _REF word
  | 'period' // a week, weekend, quarter, half, season, decade or century (2011-W27, 2011-Q3, 199)
  | 'time-of-day' // a clock time or part of a day (2011-07-04T15:00, 2011-07-04TMO)
  | 'duration' // P6M, PXY
  | 'set'; // P1W as a frequency, XXXX-WXX-1

export interface TimexEvidence {
  /** Name of the rule that matched ("weekday", "month-day-year"). */
  rule: string;
  anchoring: TimexAnchoring;
  shape: TimexShape;
  /** When the value depended on the tense of the clause: whether a tense cue was found near it. */
  tenseCue?: boolean;
  /** The words also have a common non-temporal reading that a context check let through ("May", "current", "daily"). */
  ambiguous: boolean;
}

export interface TimeExpression {
  span: Span;
  type: TimexType;
  /**
   * TIMEX3 value ("2011-07-04", "2011-07", "P6M", "PRESENT_REF", "2011-W27"). A relative date with no
   * reference date keeps the partial value, X for what is unknown ("XXXX-WXX-3", "XXXX-04-12", "XXXX").
   */
  value?: string;
  /** For an interval ("mid July", "by the end of the year"): xsd lexical forms of its bounds. */
  begin?: string;
  end?: string;
  /** True when the value depended on the reference (publication) date. */
  relative: boolean;
  sentence: number;
  evidence: TimexEvidence;
  /** In [0, 1]: a raw score ordering expressions by how reliable their value is (src/extract/time/confidence.ts), then calibrated (extract/confidence). */
  confidence: number;
}

/**
 * Event types: the concepts of the SKOS scheme `newskg:EventTypeScheme` (ontology/newskg.ttl).
 * Each falls under one of the thirteen broad classes of `EventClass` (src/extract/events/scheme.ts),
 * except `threat`, which is a speech act more than a happening.
 */
export type EventType =
  // meeting
  | 'meeting'
  | 'negotiation'
  | 'visit'
  | 'press-conference'
  // agreement
  | 'agreement'
  // vote
  | 'vote'
  | 'election'
  // policy
  | 'policy'
  | 'legislation'
  | 'resolution'
  | 'sanction'
  // attack
  | 'attack'
  | 'military-action'
  | 'coup'
  // protest
  | 'protest'
  | 'industrial-action'
  // justice
  | 'arrest'
  | 'charge'
  | 'trial'
  | 'ruling'
  | 'lawsuit'
  | 'investigation'
  | 'crime'
  // personnel
  | 'appointment'
  | 'resignation'
  | 'dismissal'
  // business
  | 'acquisition'
  | 'merger'
  | 'sale'
  | 'launch'
  | 'earnings'
  | 'bankruptcy'
  | 'layoffs'
  | 'price-change'
  // disaster
  | 'natural-disaster'
  | 'fire'
  | 'accident'
  | 'explosion'
  | 'outbreak'
  // death and injury
  | 'death'
  | 'killing'
  | 'injury'
  // movement
  | 'deployment'
  | 'withdrawal'
  | 'travel'
  | 'evacuation'
  | 'flight'
  // release
  | 'publication'
  | 'product-release'
  // none of the classes
  | 'threat';

/** The thirteen broad classes event types fall under (the top concepts of the event-type scheme). */
export type EventClass =
  | 'meeting'
  | 'agreement'
  | 'vote'
  | 'policy'
  | 'attack'
  | 'protest'
  | 'justice'
  | 'personnel'
  | 'business'
  | 'disaster'
  | 'death-injury'
  | 'movement'
  | 'release';

/**
 * Whether the text presents an event as having happened (or happening), as not having happened
 * ("failed to reach an agreement"), as possible (modals, conditionals, questions) or as
 * future/planned ("will", "plans to", "is expected to").
 */
export type Factuality = 'asserted' | 'negated' | 'possible' | 'future';

/** How a participant takes part: the doer (agent), the one acted upon (patient or target), or otherwise. */
export type ParticipantRole = 'agent' | 'patient' | 'other';

export interface EventParticipant {
  /** Actor key. */
  actor: string;
  role: ParticipantRole;
}

/**
 * What an event's confidence was computed from (src/extract/events/confidence.ts), kept on the
 * record so a later step (calibration, a threshold) can read it.
 */
export interface EventEvidence {
  /** How sure the trigger word alone makes us that an event is meant (lexicon weight, 0..1). */
  triggerWeight: number;
  /** The trigger is a verb (a clause states the event) rather than a noun. */
  verbal: boolean;
  /** The factuality was read from a marker ("not", "will", "if"), not assumed. */
  factualityMarked: boolean;
  /** Participants with an agent or patient role found by syntax. */
  roleArguments: number;
  hasPlace: boolean;
  hasTime: boolean;
  /** Mentions of the event in the article (1 + later mentions). */
  mentionCount: number;
  /** The trigger needs context to name an event (an ambiguous word held by a condition). */
  ambiguous: boolean;
  /** The date was taken over from an earlier mention of the same happening. */
  inheritedTime: boolean;
}

export interface EventRecord {
  type: EventType;
  /** The word or phrase that names the event ("meeting", "travelled", "talks"): its first mention. */
  trigger: Span;
  /**
   * The triggers of the event's later mentions in the document ("after the Sochi meeting", "the talks"),
   * in text order; `trigger` is not repeated here. Absent when the event is mentioned once.
   */
  mentions?: Span[];
  /** The sentence (or clause) the event was read from. */
  span: Span;
  factuality: Factuality;
  /** Index into Extraction.timexes of the expression dating the event. */
  time?: number;
  /** Actor key of the place (Place or Country). */
  place?: string;
  /** The participants, each once, with the role syntax gives them. */
  participants: EventParticipant[];
  sentence: number;
  confidence: number;
  evidence: EventEvidence;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (SourceDocument.paragraphs) holding it; -1 for a sentence of the headline. */
  paragraph: number;
}

export interface Extraction {
  sentences: Sentence[];
  actors: ActorRecord[];
  mentions: Mention[];
  statements: StatementRecord[];
  timexes: TimeExpression[];
  events: EventRecord[];
}

export interface ExtractOptions {
  /** Facts whose calibrated confidence is below this are left out (default: each kind's fitted threshold, DEFAULT_THRESHOLDS). */
  minConfidence?: number;
  /** 'raw': the extractors' own scores, uncalibrated and unfiltered (for fitting the calibration). */
  confidence?: 'calibrated' | 'raw';
}
