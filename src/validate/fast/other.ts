/** Other constraint components: sh:in, sh:hasValue (sh:closed sends the shapes to rdf-validate-shacl). */
import { termKey } from '../../graph/terms.js';
import { defineCheck, eachValue } from './check.js';
import type { ComponentCompiler } from './check.js';

export const compileIn: ComponentCompiler = (shape, parameters) =>
  parameters.values('in').map((list) => {
    const allowed = new Set(parameters.list(list).map(termKey));
    return eachValue(shape, 'In', (_d, v) => allowed.has(termKey(v)));
  });

/** A property shape needs the value among the path's values; a node shape needs the focus node to be it. */
export const compileHasValue: ComponentCompiler = (shape, parameters) => {
  const { isProperty } = parameters;
  return parameters.values('hasValue').map((expected) => {
    const key = termKey(expected);
    return defineCheck(shape, 'HasValue', (_data, focus, values, sink, report) => {
      if (isProperty ? !values.some((v) => termKey(v) === key) : termKey(focus) !== key) report(sink, focus);
    });
  });
};
