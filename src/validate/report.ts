/** The validation report as RDF (deterministic blank node labels), as Turtle, and as readable lines. */
import type { Quad, Quad_Object, Term } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { PREFIXES } from '../core/vocab.js';
import type { TripleIndex } from './dataset.js';
import { compareResults } from './results.js';
import type { TermResult } from './results.js';
import { shortIri } from './terms.js';
import type { ValidationOutcome, ValidationResult } from './types.js';

const { blankNode, literal, namedNode, quad } = DataFactory;

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const XSD_BOOLEAN = namedNode('http://www.w3.org/2001/XMLSchema#boolean');
const sh = (local: string) => namedNode(SH + local);

/** Prefixes for reports: the project's, SHACL's and the shapes'. */
export const REPORT_PREFIXES: Readonly<Record<string, string>> = {
  sh: SH,
  nksh: 'https://w3id.org/newskg/shapes#',
  ...PREFIXES,
};

/**
 * sh:ValidationReport `_:report` with one sh:ValidationResult `_:result{n}` per result, in
 * the results' (sorted) order. Complex result paths are copied from the shapes graph with
 * labels derived from the result's, so equal outcomes give equal quads.
 */
export function buildReportQuads(results: readonly TermResult[], { conforms, shapes }: { conforms: boolean; shapes: TripleIndex }): Quad[] {
  const report = blankNode('report');
  const out: Quad[] = [
    quad(report, RDF_TYPE, sh('ValidationReport')),
    quad(report, sh('conforms'), literal(String(conforms), XSD_BOOLEAN)),
  ];
  const nodes = results.map((_, i) => blankNode(`result${i + 1}`));
  for (const node of nodes) out.push(quad(report, sh('result'), node));
  results.forEach(({ terms }, i) => {
    const node = nodes[i]!;
    out.push(quad(node, RDF_TYPE, sh('ValidationResult')));
    out.push(quad(node, sh('resultSeverity'), terms.severity as Quad_Object));
    out.push(quad(node, sh('focusNode'), terms.focusNode as Quad_Object));
    if (terms.path) out.push(quad(node, sh('resultPath'), copyStructure(terms.path, shapes, `result${i + 1}-path`, out)));
    if (terms.value) out.push(quad(node, sh('value'), terms.value as Quad_Object));
    out.push(quad(node, sh('resultMessage'), terms.message as Quad_Object));
    out.push(quad(node, sh('sourceShape'), terms.sourceShape as Quad_Object));
    out.push(quad(node, sh('sourceConstraintComponent'), terms.sourceConstraint as Quad_Object));
  });
  return out;
}

/** Copies the blank-node structure under `term` (a complex path) from the shapes graph, relabelled. */
function copyStructure(term: Term, shapes: TripleIndex, label: string, out: Quad[]): Quad_Object {
  if (term.termType !== 'BlankNode') return term as Quad_Object;
  const labels = new Map<string, Quad_Object>();
  const visit = (node: Term): Quad_Object => {
    if (node.termType !== 'BlankNode') return node as Quad_Object;
    const known = labels.get(node.value);
    if (known) return known;
    const copy = blankNode(`${label}${labels.size || ''}`);
    labels.set(node.value, copy);
    for (const q of shapes.match(node)) out.push(quad(copy, q.predicate, visit(q.object)));
    return copy;
  };
  return visit(term);
}

/** Turtle of outcome.reportQuads, with the project's prefixes. Same outcome, same bytes. */
export function reportToTurtle(outcome: ValidationOutcome): string {
  const writer = new Writer({ prefixes: REPORT_PREFIXES });
  writer.addQuads(outcome.reportQuads.map((q) => quad(q.subject, q.predicate, q.object)));
  let turtle = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  return turtle;
}

/**
 * One line per result, sorted (severity, focus node, path, ...):
 * `Violation <https://…/statement/k-1-9> newskg:speaker: A statement must have … [value: <…>]`
 * followed by a summary line.
 */
export function formatReport(outcome: ValidationOutcome): string {
  const lines = [...outcome.results].sort(compareResults).map(formatResult);
  const count = (severity: ValidationResult['severity']) => outcome.results.filter((r) => r.severity === severity).length;
  const summary = `${outcome.conforms ? 'Conforms' : 'Does not conform'}: ${count('Violation')} violation(s), ${count('Warning')} warning(s), ${count('Info')} info(s)`;
  return [...lines, summary].join('\n');
}

function formatResult(r: ValidationResult): string {
  const focus = r.focusNode.startsWith('_:') ? r.focusNode : shortIri(r.focusNode, REPORT_PREFIXES);
  const path =
    r.path === undefined ? '' : ' ' + (/^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(r.path) ? shortIri(r.path, REPORT_PREFIXES) : r.path);
  const value = r.value === undefined ? '' : ` [value: ${shortValue(r.value)}]`;
  return `${r.severity.padEnd(9)} ${focus}${path}: ${r.message}${value}`;
}

function shortValue(value: string): string {
  const iri = /^<([^>]*)>$/.exec(value);
  return iri ? shortIri(iri[1]!, REPORT_PREFIXES) : value;
}
