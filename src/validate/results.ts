/** Turns rdf-validate-shacl's report into sorted, typed results that keep their RDF terms. */
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { listItems } from './dataset.js';
import type { TripleIndex } from './dataset.js';
import { nodeString, ntriples } from './terms.js';
import type { EngineResult } from './fast.js';
import type { Severity, ValidationResult } from './types.js';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

export interface ResultTerms {
  severity: Term;
  focusNode: Term;
  path?: Term;
  value?: Term;
  message: Term;
  sourceShape: Term;
  sourceConstraint: Term;
}

export interface TermResult {
  result: ValidationResult;
  terms: ResultTerms;
}

const SEVERITY_RANK: Record<Severity, number> = { Violation: 0, Warning: 1, Info: 2 };

export function severityOf(term: Term): Severity {
  if (term.value === SH + 'Warning') return 'Warning';
  if (term.value === SH + 'Info') return 'Info';
  return 'Violation';
}

export function collectResults(report: { results: readonly EngineResult[] }, shapes: TripleIndex): TermResult[] {
  const collected = report.results.map((r): TermResult => {
    const message = pickMessage(r.message);
    const terms: ResultTerms = {
      severity: r.severity,
      focusNode: r.focusNode,
      message,
      sourceShape: r.sourceShape,
      sourceConstraint: r.sourceConstraintComponent,
    };
    if (r.path) terms.path = r.path;
    if (r.value) terms.value = r.value;
    const result: ValidationResult = {
      severity: severityOf(r.severity),
      focusNode: nodeString(r.focusNode),
      message: message.value,
      sourceShape: nodeString(r.sourceShape),
      sourceConstraint: r.sourceConstraintComponent.value,
    };
    if (r.path) result.path = renderPath(r.path, shapes);
    if (r.value) result.value = ntriples(r.value);
    return { result, terms };
  });
  return collected.sort((a, b) => compareResults(a.result, b.result));
}

/** Messages in several languages: English or untagged first, then by text, so the choice is stable. */
function pickMessage(messages: Term[]): Term {
  const rank = (t: Term) => (t.termType === 'Literal' && t.language && !t.language.startsWith('en') ? 1 : 0);
  const sorted = [...messages].sort((a, b) => rank(a) - rank(b) || compareStrings(a.value, b.value));
  return sorted[0] ?? DataFactory.literal('Validation failed');
}

/** Code-unit order, independent of the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareResults(a: ValidationResult, b: ValidationResult): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.focusNode, b.focusNode) ||
    compareStrings(a.path ?? '', b.path ?? '') ||
    compareStrings(a.sourceShape, b.sourceShape) ||
    compareStrings(a.sourceConstraint, b.sourceConstraint) ||
    compareStrings(a.value ?? '', b.value ?? '') ||
    compareStrings(a.message, b.message)
  );
}

/** A predicate path is its IRI; a complex path is written in SPARQL property-path syntax. */
export function renderPath(path: Term, shapes: TripleIndex): string {
  return path.termType === 'NamedNode' ? path.value : renderComplex(path, shapes, new Set());
}

function renderComplex(path: Term, shapes: TripleIndex, seen: Set<string>): string {
  if (path.termType === 'NamedNode') return `<${path.value}>`;
  const key = path.value;
  if (seen.has(key)) return '?';
  seen.add(key);
  const out = new Map<string, Term>();
  for (const q of shapes.match(path)) out.set(q.predicate.value, q.object);
  const inner = (predicate: string) => renderComplex(out.get(predicate)!, shapes, seen);
  if (out.has(RDF + 'first'))
    return listItems(shapes, path)
      .map((t) => renderComplex(t, shapes, seen))
      .join('/');
  if (out.has(SH + 'inversePath')) return '^' + inner(SH + 'inversePath');
  if (out.has(SH + 'alternativePath')) {
    return (
      '(' +
      listItems(shapes, out.get(SH + 'alternativePath')!)
        .map((t) => renderComplex(t, shapes, seen))
        .join('|') +
      ')'
    );
  }
  if (out.has(SH + 'zeroOrMorePath')) return inner(SH + 'zeroOrMorePath') + '*';
  if (out.has(SH + 'oneOrMorePath')) return inner(SH + 'oneOrMorePath') + '+';
  if (out.has(SH + 'zeroOrOnePath')) return inner(SH + 'zeroOrOnePath') + '?';
  return nodeString(path);
}
