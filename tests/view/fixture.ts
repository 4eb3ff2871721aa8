import { createHash } from 'node:crypto';

/**
 * A small hand-made article graph in Turtle, in the shape newskg exports (docs/graph-model.md),
 * plus what the exporter is gaining: event factuality and boilerplate spans.
 */
export const ARTICLE_TEXT = [
  'Harbour plan stalls',
  '',
  'Mayor Ana Lopez said on Monday that Northport will not sell the old harbour.',
  'The council did not vote on the plan, and a new vote may come in May 2025.',
  'Subscribe to our newsletter for daily updates.',
  '',
].join('\n');

export const ARTICLE_IRI = 'https://example.org/news/harbour-plan';

export interface FixtureOptions {
  headline?: string;
  /** Write schema:articleBody (as for an HTML input). */
  body?: boolean;
  /** Leave out factuality and boilerplate, as graphs exported before them. */
  older?: boolean;
  /** Extra Turtle appended to the graph. */
  extra?: string;
}

/** The offsets of the n-th (1-based) occurrence of `phrase` in the text. */
export function at(phrase: string, nth = 1): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i < nth; i++) start = ARTICLE_TEXT.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture: no occurrence ${nth} of "${phrase}"`);
  return { start, end: start + phrase.length };
}

function span(iri: string, phrase: string, nth = 1, type = ''): string {
  const { start, end } = at(phrase, nth);
  return `<${iri}> a ${type}newskg:TextSpan, oa:TextPositionSelector; oa:start ${start}; oa:end ${end}; oa:exact ${JSON.stringify(phrase)}; oa:hasSource <${ARTICLE_IRI}> .\n`;
}

export function fixtureTurtle(options: FixtureOptions = {}): string {
  const id = 'https://example.org/id/';
  const hash = createHash('sha256').update(ARTICLE_TEXT, 'utf8').digest('hex');
  const mention = (phrase: string, actor: string, nth = 1) => {
    const { start, end } = at(phrase, nth);
    const iri = `${id}mention/k-${start}-${end}`;
    return {
      iri,
      turtle: `${span(iri, phrase, nth, 'newskg:Mention, ')}<${iri}> newskg:refersTo <${id}actor/${actor}>; newskg:mentionKind "name" .\n`,
    };
  };
  const mentions = [
    mention('Ana Lopez', 'person/ana-lopez'),
    mention('Northport', 'place/northport'),
    mention('The council', 'organization/northport-council'),
  ];
  const factuality = (value: string) => (options.older ? '' : `newskg:factuality <https://w3id.org/newskg/factuality/${value}>; `);
  const event = (name: string, trigger: string, nth: number, type: string, more: string) =>
    `<${id}event/${name}> a newskg:Event, sem:Event, schema:Event; newskg:eventType nket:${type}; newskg:trigger <${id}event/${name}#trigger>; ${more}schema:subjectOf <${ARTICLE_IRI}>; newskg:confidence 0.7 .\n${span(`${id}event/${name}#trigger`, trigger, nth)}`;
  return `@prefix newskg: <https://w3id.org/newskg/ontology#> .
@prefix nkst: <https://w3id.org/newskg/statement-type/> .
@prefix nket: <https://w3id.org/newskg/event-type/> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<${ARTICLE_IRI}> a newskg:Article, schema:NewsArticle;
  schema:headline ${JSON.stringify(options.headline ?? 'Harbour plan stalls')};
  schema:publisher <${id}actor/organization/northport-gazette>;
  schema:datePublished "2024-11-04"^^xsd:date;
  schema:inLanguage "en";
  ${options.body ? `schema:articleBody ${JSON.stringify(ARTICLE_TEXT)};` : ''}
  newskg:contentHash "sha256:${hash}";
  ${options.older ? '' : `newskg:hasBoilerplate <${id}boilerplate/k-1>;`}
  newskg:hasMention ${mentions.map((m) => `<${m.iri}>`).join(', ')} .
${mentions.map((m) => m.turtle).join('')}
<${id}actor/person/ana-lopez> a newskg:Actor, newskg:Person, schema:Person; schema:name "Ana Lopez"; newskg:holdsRole <${id}role/k-1> .
<${id}role/k-1> a newskg:Role, schema:Role; schema:roleName "Mayor"; newskg:affiliation <${id}actor/place/northport> .
<${id}actor/place/northport> a newskg:Actor, newskg:Place, schema:Place; schema:name "Northport"; schema:sameAs <https://sws.geonames.org/1234567/>, <javascript:alert(1)> .
<${id}actor/organization/northport-council> a newskg:Actor, newskg:Organization, schema:Organization; schema:name "Northport Council" .
<${id}actor/organization/northport-gazette> a newskg:Actor, newskg:Organization, schema:Organization; schema:name "Northport Gazette" .

<${id}statement/k-1> a newskg:Statement, schema:Claim;
  newskg:speaker <${id}actor/person/ana-lopez>; newskg:speakerMention <${mentions[0]!.iri}>;
  newskg:cue <${id}statement/k-1#cue>; newskg:cueLemma "say"; newskg:statementType nkst:assertion; newskg:speechMode "indirect";
  newskg:content "that Northport will not sell the old harbour"; newskg:contentSpan <${id}statement/k-1#content>;
  newskg:evidence <${id}statement/k-1#span>; newskg:about <${id}actor/place/northport>;
  schema:appearance <${ARTICLE_IRI}>; newskg:confidence 0.8 .
${span(`${id}statement/k-1#cue`, 'said')}${span(`${id}statement/k-1#content`, 'that Northport will not sell the old harbour')}${span(`${id}statement/k-1#span`, 'Mayor Ana Lopez said on Monday that Northport will not sell the old harbour')}
${event('sale', 'sell', 1, 'agreement', factuality('negated'))}${event('vote-1', 'vote', 1, 'vote', `${factuality('negated')}sem:hasActor <${id}actor/organization/northport-council>; `)}${event('vote-2', 'vote', 2, 'vote', `${factuality('possible')}sem:hasTimeStamp "2025-05"^^xsd:gYearMonth; newskg:timeExpression <${id}timex/k-1>; `)}
${span(`${id}timex/k-1`, 'May 2025', 1, 'newskg:TimeExpression, ')}<${id}timex/k-1> newskg:timexType "DATE"; newskg:timexValue "2025-05" .
${options.older ? '' : `${span(`${id}boilerplate/k-1`, 'Subscribe to our newsletter for daily updates.', 1, 'newskg:Boilerplate, ')}<${id}boilerplate/k-1> newskg:boilerplateKind "newsletter" .`}
${options.extra ?? ''}`;
}
