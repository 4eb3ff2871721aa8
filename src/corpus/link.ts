import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'rdf-data-factory';
import { sha256Hex } from '../core/iri.js';
import { NKG, NKG_EVENT_TYPE, OWL, RDF, SEM, XSD } from '../core/vocab.js';
import { People } from './actors.js';
import { Happenings } from './events.js';
import type { ArticleSummary } from './summary.js';

const factory = new DataFactory();

/** The links graph of a corpus: its name and its quads. */
export interface CorpusLinks {
  graph: string;
  quads: Quad[];
}

/**
 * Collects what every exported article says, in input order, and links what the articles say
 * about one actor or one happening (docs/graph-model.md, "Across articles"). The result depends
 * only on the summaries and their order: the same corpus gives the same bytes for any number of
 * jobs. Only what linking uses is kept (people once each, events that can join a happening), with
 * one copy of each string the articles repeat: a summary comes from a worker as a fresh copy.
 */
export class CorpusLinker {
  private readonly articles: string[] = [];
  private readonly people = new People();
  private readonly happenings = new Happenings();
  private readonly strings = new Map<string, string>();

  constructor(private readonly base: string) {}

  add(summary: ArticleSummary): void {
    const article = summary.article;
    this.articles.push(article);
    this.people.add(summary.actors, this.intern);
    this.happenings.add(article, summary.events, this.intern);
  }

  /** The links graph, or undefined when the corpus has nothing to link. */
  links(): CorpusLinks | undefined {
    if (this.articles.length < 2) return undefined;
    const people = this.people.links();
    const canonical = (iri: string): string => people.get(iri) ?? iri;
    const happenings = this.happenings.group(canonical);
    if (!people.size && !happenings.length) return undefined;

    const graph = `${this.base}corpus/${hash(this.articles)}`;
    const g = factory.namedNode(graph);
    const quads: Quad[] = [];
    const add = (s: string, p: string, o: string): void =>
      void quads.push(factory.quad(factory.namedNode(s), factory.namedNode(p), factory.namedNode(o), g));
    for (const [shorter, full] of [...people].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) add(shorter, OWL.sameAs, full);
    for (const happening of happenings) {
      const iri = `${this.base}happening/${hash(happening.events.map((e) => e.event.iri))}`;
      add(iri, RDF.type, NKG.Happening);
      add(iri, RDF.type, SEM.Event);
      add(iri, SEM.eventType, NKG_EVENT_TYPE + happening.events[0]!.event.type);
      const day = happening.events.find((e) => e.event.from === e.event.to)!.event.from!;
      quads.push(
        factory.quad(factory.namedNode(iri), factory.namedNode(SEM.hasTimeStamp), factory.literal(day, factory.namedNode(XSD.date)), g),
      );
      for (const { event } of happening.events) add(event.iri, NKG.happening, iri);
    }
    return { graph, quads };
  }

  private readonly intern = (text: string): string => {
    const seen = this.strings.get(text);
    if (seen !== undefined) return seen;
    this.strings.set(text, text);
    return text;
  };
}

/** First 16 hex of the sha256 of the sorted IRIs: the same set gives the same name, whatever the order. */
function hash(iris: readonly string[]): string {
  return sha256Hex([...iris].sort().join('\n')).slice(0, 16);
}
