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

export type Genre =
  | 'OpEd'
  | 'Analysis'
  | 'Interview'
  | 'Editorial'
  | 'Review'
  | 'Commentary'
  | 'Feature'
  | 'Obituary'
  | 'News';

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

export interface ArticleMetadata {
  headline?: SpannedValue;
  genre?: SpannedValue<Genre>;
  /** Author names as printed in the byline ("By A and B" gives two). */
  authors: SpannedValue[];
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

export type BoilerplateKind = 'newsletter' | 'comment-form' | 'publisher-blurb' | 'navigation' | 'other';

export interface Boilerplate {
  kind: BoilerplateKind;
  span: Span;
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
  pattern: 'forward' | 'backward' | 'inverted' | 'participial' | 'according' | 'colon' | 'epigraph' | 'passive' | 'agentless' | 'noun' | 'authorial';
  /** What the cue reports: speech, thought, evidence ("the poll shows"), an evaluation ("praised"), a noun ("his claim that"), an impression ("it seems"). */
  cue: 'speech' | 'thought' | 'evidence' | 'evaluation' | 'noun' | 'impression' | 'none';
  /** What marks the content as reported: quotation marks, "that" (or a wh-word), a colon, a bare clause, a to-infinitive, a preposition ("worried about"), a label ("called it a disgrace"), a noun-phrase object, the clause before the cue ("preceding"), or a transcript turn. */
  complement: 'quote' | 'that' | 'colon' | 'clause' | 'preceding' | 'turn' | 'infinitive' | 'preposition' | 'label' | 'object';
  /** How the speaker was found: a name, "X, who …", the body a spokesperson speaks for, a description ("officials"), a resolved pronoun, the article's author, no stated source, or a pronoun nothing resolves. */
  speaker: 'name' | 'relative' | 'affiliation' | 'description' | 'pronoun' | 'author' | 'unstated' | 'unresolved';
  /** Sentences between the statement and the name its speaker was resolved from (0 when named in the statement's sentence). */
  distance: number;
  /** A modal or a negation governs the cue: "might have suggested", "did not say". */
  irrealis: boolean;
  /** Words in the content: a proposition has a subject and a verb, a fragment ("the attack", "basically") fewer words. */
  words: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression {
  span: Span;
  type: TimexType;
  /** TIMEX3 value ("2011-07-04", "2011-07", "P6M", "PRESENT_REF", "2011-W27"); absent when it cannot be resolved. */
  value?: string;
  /** For an interval ("mid July", "by the end of the year"): xsd lexical forms of its bounds. */
  begin?: string;
  end?: string;
  /** True when the value depended on the reference (publication) date. */
  relative: boolean;
  sentence: number;
}

export type EventType =
  | 'meeting'
  | 'negotiation'
  | 'vote'
  | 'resolution'
  | 'military-action'
  | 'attack'
  | 'deployment'
  | 'threat'
  | 'election'
  | 'visit'
  | 'agreement'
  | 'withdrawal'
  | 'sanction'
  | 'protest'
  | 'statement';

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
  /** Index into Extraction.timexes of the expression dating the event. */
  time?: number;
  /** Actor key of the place (Place or Country). */
  place?: string;
  /** Actor keys of the participants. */
  participants: string[];
  sentence: number;
  confidence: number;
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
  /** Reference date for relative expressions (YYYY-MM-DD); usually the publication date. */
  referenceDate?: string;
}
