/**
 * Typed namespaces: every IRI the project writes comes from these tables, so a
 * misspelled term is a compile error rather than a silent new predicate.
 */

function namespace<const T extends readonly string[]>(
  base: string,
  terms: T,
): { readonly [K in T[number]]: string } & { readonly $base: string } {
  const table: Record<string, string> = { $base: base };
  for (const term of terms) table[term] = base + term;
  return table as { readonly [K in T[number]]: string } & { readonly $base: string };
}

export const NEWSKG_BASE = 'https://w3id.org/newskg/';
export const DEFAULT_DATA_BASE = 'https://w3id.org/newskg/id/';

export const NKG = namespace('https://w3id.org/newskg/ontology#', [
  'Article',
  'Actor',
  'Person',
  'Organization',
  'Country',
  'Place',
  'Statement',
  'Event',
  'Happening',
  'Role',
  'Section',
  'Boilerplate',
  'TextSpan',
  'Sentence',
  'Mention',
  'ArticleActor',
  'TimeExpression',
  'StatementTypeScheme',
  'EventTypeScheme',
  'FactualityScheme',
  'CameoScheme',
  'PloverScheme',
  'AceScheme',
  'contentHash',
  'hasSection',
  'hasBoilerplate',
  'boilerplateKind',
  'hasMention',
  'sentence',
  'profile',
  'diagnostic',
  'refersTo',
  'mentionKind',
  'holdsRole',
  'affiliation',
  'speaker',
  'speakerMention',
  'cue',
  'cueLemma',
  'statementType',
  'speechMode',
  'content',
  'contentSpan',
  'about',
  'evidence',
  'confidence',
  'eventType',
  'factuality',
  'agent',
  'patient',
  'happening',
  'trigger',
  'mentionedAt',
  'timeExpression',
  'timexType',
  'timexValue',
  'timeText',
  'actor',
  'inArticle',
  'actorName',
  'actorType',
  'mentionCount',
  'mentionedIn',
  'speakerOf',
  'topicOf',
  'participantIn',
  'placeOf',
] as const);

export const NKG_STATEMENT_TYPE = 'https://w3id.org/newskg/statement-type/';
export const NKG_EVENT_TYPE = 'https://w3id.org/newskg/event-type/';
export const NKG_FACTUALITY = 'https://w3id.org/newskg/factuality/';
export const NKG_CAMEO = 'https://w3id.org/newskg/cameo/';

export const RDF = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', ['type'] as const);
export const RDFS = namespace('http://www.w3.org/2000/01/rdf-schema#', [
  'label',
  'comment',
  'subClassOf',
  'subPropertyOf',
  'domain',
  'range',
  'seeAlso',
] as const);
export const OWL = namespace('http://www.w3.org/2002/07/owl#', [
  'Class',
  'ObjectProperty',
  'DatatypeProperty',
  'sameAs',
  'Ontology',
  'versionInfo',
] as const);
export const XSD = namespace('http://www.w3.org/2001/XMLSchema#', [
  'string',
  'integer',
  'nonNegativeInteger',
  'decimal',
  'boolean',
  'date',
  'gYearMonth',
  'gYear',
  'dateTime',
  'anyURI',
] as const);
export const SKOS = namespace('http://www.w3.org/2004/02/skos/core#', [
  'Concept',
  'ConceptScheme',
  'prefLabel',
  'inScheme',
  'closeMatch',
  'notation',
] as const);
export const PROV = namespace('http://www.w3.org/ns/prov#', [
  'Activity',
  'SoftwareAgent',
  'Agent',
  'wasGeneratedBy',
  'wasAssociatedWith',
  'wasAttributedTo',
  'used',
] as const);
export const OA = namespace('http://www.w3.org/ns/oa#', ['TextPositionSelector', 'start', 'end', 'exact', 'hasSource'] as const);
export const SEM = namespace('http://semanticweb.cs.vu.nl/2009/11/sem/', [
  'Event',
  'Actor',
  'Place',
  'hasActor',
  'hasPlace',
  'eventType',
  'hasTimeStamp',
  'hasBeginTimeStamp',
  'hasEndTimeStamp',
] as const);
export const SCHEMA = namespace('https://schema.org/', [
  'NewsArticle',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'ReviewNewsArticle',
  'ReportageNewsArticle',
  'Person',
  'Organization',
  'NewsMediaOrganization',
  'Country',
  'Place',
  'Claim',
  'Periodical',
  'Event',
  'Role',
  'SoftwareApplication',
  'headline',
  'name',
  'alternateName',
  'description',
  'author',
  'publisher',
  'sourceOrganization',
  'issn',
  'genre',
  'articleSection',
  'inLanguage',
  'wordCount',
  'datePublished',
  'url',
  'mentions',
  'about',
  'appearance',
  'roleName',
  'identifier',
  'sameAs',
  'softwareVersion',
  'text',
  'isPartOf',
  'articleBody',
  'image',
  'subjectOf',
] as const);

/** Prefixes written in Turtle/TriG and mirrored in ontology/context.jsonld. */
export const PREFIXES: Readonly<Record<string, string>> = {
  newskg: NKG.$base,
  nkst: NKG_STATEMENT_TYPE,
  nket: NKG_EVENT_TYPE,
  nkfa: NKG_FACTUALITY,
  cameo: NKG_CAMEO,
  schema: SCHEMA.$base,
  prov: PROV.$base,
  oa: OA.$base,
  sem: SEM.$base,
  skos: SKOS.$base,
  xsd: XSD.$base,
  rdf: RDF.$base,
  rdfs: RDFS.$base,
  owl: OWL.$base,
};
