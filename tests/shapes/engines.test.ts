/**
 * rdf-validate-shacl (what newskg runs) and shacl-engine (an independent implementation)
 * must agree on every fixture: on conformance (SHACL's, where any result breaks it) and on
 * the set of (severity, focus node, path). The constraint component may differ; see the
 * skipped cases at the end for where and why.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { Validator } from 'shacl-engine';
import { DEFAULT_SHAPES_PATH, validateGraph } from '../../src/validate/index.js';
import { loadFixtures } from './fixtures.js';

const shapes = new Store(new Parser().parse(readFileSync(DEFAULT_SHAPES_PATH, 'utf8')));
const engine = new Validator(shapes, { factory: { ...DataFactory, dataset: () => new Store() } });

function key(severity: string, focus: string, path: string | undefined): string {
  return `${severity} ${focus.startsWith('_:') ? '_:' : focus} ${path ?? '-'}`;
}

async function shaclEngine(quads: Quad[]): Promise<{ conforms: boolean; keys: string[] }> {
  const report = await engine.validate({ dataset: new Store(quads) });
  const keys = report.results.map((r) => {
    const focus = r.focusNode.term.termType === 'BlankNode' ? '_:' + r.focusNode.term.value : r.focusNode.term.value;
    const step = r.path?.length === 1 ? r.path[0] : undefined;
    const path =
      step && step.predicates.length === 1 && (step.quantifier ?? 'one') === 'one' && step.start !== 'object'
        ? step.predicates[0]!.value
        : undefined;
    if (r.path?.length && path === undefined) throw new Error('complex paths are not compared');
    return key(r.severity.value.replace('http://www.w3.org/ns/shacl#', ''), focus, path);
  });
  return { conforms: report.conforms, keys: [...new Set(keys)].sort() };
}

function rdfValidateShacl(quads: Quad[]): { conforms: boolean; keys: string[] } {
  const outcome = validateGraph(quads, { allowWarnings: false });
  return { conforms: outcome.conforms, keys: [...new Set(outcome.results.map((r) => key(r.severity, r.focusNode, r.path)))].sort() };
}

describe('rdf-validate-shacl and shacl-engine agree', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.shape}/${fixture.name}`, async () => {
      expect(rdfValidateShacl(fixture.quads)).toEqual(await shaclEngine(fixture.quads));
    });
  }
});

describe('where the engines legitimately differ', () => {
  it.skip('ill-formed literals of a checked datatype ("2011-13-45"^^xsd:date): shacl-engine reports sh:DatatypeConstraintComponent, rdf-validate-shacl accepts the lexical form; the shapes add an sh:pattern on every date so both still report the same focus node and path (fixture ArticleShape/invalid-date-ill-formed)', () => {});
  it.skip("a subclass link present in only one graph: rdf-validate-shacl reads rdfs:subClassOf only from the data graph, shacl-engine only from the shapes graph, so an instance typed only newskg:Person is a newskg:Actor to one engine and not the other; validateGraph adds the shapes file's hierarchy to the data graph, which is why PersonShape/invalid-speaker-typed-person-only and MentionShape/invalid-not-typed-text-span agree above", () => {});
});
