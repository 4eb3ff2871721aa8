/** Value type constraint components: sh:class, sh:datatype, sh:nodeKind. */
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { validators } from 'rdf-validate-datatype';
import { SH, eachValue } from './check.js';
import type { ComponentCompiler } from './check.js';

export const compileClass: ComponentCompiler = (shape, parameters) =>
  parameters.values('class').map((cls) => eachValue(shape, 'Class', (data, v) => data.isInstanceOf(v, cls)));

export const compileDatatype: ComponentCompiler = (shape, parameters) =>
  parameters.values('datatype').map((datatype) => {
    // validateTerm(v) for a literal of this datatype, with the registry looked up once (it keys its map by a new N-Triples string per call).
    const iri = datatype.value;
    const validator = validators.find(DataFactory.namedNode(iri));
    return eachValue(
      shape,
      'Datatype',
      (_data, v) => v.termType === 'Literal' && v.datatype.value === iri && (validator ? validator(v.value) : true),
    );
  });

export const compileNodeKind: ComponentCompiler = (shape, parameters) =>
  parameters.values('nodeKind').map((kind) => eachValue(shape, 'NodeKind', (_data, v) => nodeKindMatches(v, kind.value)));

function nodeKindMatches(value: Term, kind: string): boolean {
  const k = kind.slice(SH.length);
  if (value.termType === 'BlankNode') return k === 'BlankNode' || k === 'BlankNodeOrIRI' || k === 'BlankNodeOrLiteral';
  if (value.termType === 'NamedNode') return k === 'IRI' || k === 'BlankNodeOrIRI' || k === 'IRIOrLiteral';
  if (value.termType === 'Literal') return k === 'Literal' || k === 'BlankNodeOrLiteral' || k === 'IRIOrLiteral';
  return false;
}
