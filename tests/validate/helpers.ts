import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';

export const PREFIXES = `
@prefix ex: <https://example.org/> .
@prefix newskg: <https://w3id.org/newskg/ontology#> .
@prefix nkst: <https://w3id.org/newskg/statement-type/> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
`;

export function turtle(text: string): Quad[] {
  return new Parser({ format: 'Turtle' }).parse(PREFIXES + text) as Quad[];
}

export function inGraph(quads: Quad[], graph: string): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(graph)));
}

/** A statement with no speaker, a second headline-less article, and an author without a URL. */
export const FLAWED = `
ex:statement2 a newskg:Statement , schema:Claim ;
    newskg:cueLemma "say" ; newskg:statementType nkst:assertion ; newskg:speechMode "indirect" ;
    newskg:content "the talks could fail" ; newskg:contentSpan ex:statement1-content ;
    newskg:evidence ex:statement1-span ; schema:appearance ex:article ; newskg:confidence 1.5 ;
    prov:wasGeneratedBy ex:run .
ex:article schema:author ex:carol .
ex:carol a newskg:Actor , newskg:Person , schema:Person ; schema:name "Carol Example" .
`;

/** Deterministic shuffle (a fixed LCG), so a failing order can be reproduced. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
