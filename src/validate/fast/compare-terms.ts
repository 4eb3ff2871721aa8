import type { Literal, Term } from '@rdfjs/types';
import { fromRdf } from 'rdf-literal';

const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime';

/** rdf-validate-shacl's compareTerms: null when the two cannot be compared. */
export function compareTerms(a: Term, b: Term): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  if (hasTimezone(a) !== hasTimezone(b)) return null;
  const x: unknown = fromRdf(a);
  const y: unknown = fromRdf(b);
  if (typeof x !== typeof y) return null;
  if (typeof x === 'string') return x.localeCompare(y as string);
  return (x as number) - (y as number);
}

function hasTimezone(literal: Literal): boolean {
  return literal.datatype.value === XSD_DATETIME && /^.*(((\+|-)\d{2}:\d{2})|Z)$/.test(literal.value);
}
