import type { Quad, Term } from '@rdfjs/types';
import { NewskgError } from '../core/errors.js';
import { isAbsoluteIri, showIri } from '../core/iri.js';

/**
 * Terms that can be written back into a document or a request as they are: every IRI absolute and
 * valid (RFC 3987), every language tag and blank node label of the shape the syntaxes allow.
 * Parsers are lenient in places (jsonld.js keeps any string as an `@id` or `@language`, a relative
 * IRI stays relative), and N-Triples writers escape literals but not IRIs, so one stray `>` or `}`
 * would end a term early in the file or the SPARQL Update made from it.
 */

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const BLANK_LABEL = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/** Throws RDF_PARSE naming `source` and the first term that could not be written safely. */
export function checkTerms(quads: readonly Quad[], source: string): void {
  const valid = new Set<string>();
  const iri = (value: string): void => {
    if (valid.has(value)) return;
    if (!isAbsoluteIri(value)) throw new NewskgError('RDF_PARSE', `<${showIri(value)}> is not an absolute IRI (RFC 3987)`, { source });
    valid.add(value);
  };
  const term = (t: Term): void => {
    if (t.termType === 'NamedNode') iri(t.value);
    else if (t.termType === 'Literal') {
      iri(t.datatype.value);
      if (t.language && !LANGUAGE_TAG.test(t.language))
        throw new NewskgError('RDF_PARSE', `"${showIri(t.language)}" is not a language tag`, { source });
    } else if (t.termType === 'BlankNode' && !BLANK_LABEL.test(t.value)) {
      throw new NewskgError('RDF_PARSE', `_:${showIri(t.value)} is not a blank node label`, { source });
    }
  };
  for (const q of quads) {
    term(q.subject);
    term(q.predicate);
    term(q.object);
    term(q.graph);
  }
}
