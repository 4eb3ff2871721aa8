/** String forms of RDF terms used in results and readable reports. */
import type { Term } from '@rdfjs/types';

/** An IRI as is, a blank node as `_:label`, anything else in N-Triples notation. */
export function nodeString(term: Term): string {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return '_:' + term.value;
  return ntriples(term);
}

/** N-Triples notation: `<iri>`, `_:label`, `"lex"`, `"lex"@lang`, `"lex"^^<datatype>`. */
export function ntriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lexical = `"${escapeString(term.value)}"`;
      if (term.language) return `${lexical}@${term.language}`;
      if (term.datatype.value === 'http://www.w3.org/2001/XMLSchema#string') return lexical;
      return `${lexical}^^<${term.datatype.value}>`;
    }
    default:
      return term.value;
  }
}

function escapeString(value: string): string {
  return value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? c);
}

/** `prefix:local` when a prefix covers the IRI and the local part is simple, else `<iri>`. */
export function shortIri(iri: string, prefixes: Readonly<Record<string, string>>): string {
  let best: [string, string] | undefined;
  for (const [prefix, base] of Object.entries(prefixes)) {
    if (iri.startsWith(base) && (!best || base.length > best[1].length)) best = [prefix, base];
  }
  if (best) {
    const local = iri.slice(best[1].length);
    if (/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(local) && !local.endsWith('.')) return `${best[0]}:${local}`;
  }
  return `<${iri}>`;
}
