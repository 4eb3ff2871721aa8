/** String-based constraint components: sh:minLength, sh:maxLength, sh:pattern (with sh:flags). */
import { eachValue } from './check.js';
import type { ComponentCompiler } from './check.js';

export const compileMinLength: ComponentCompiler = (shape, parameters) =>
  parameters
    .numbers('minLength')
    .map((limit) => eachValue(shape, 'MinLength', (_d, v) => v.termType !== 'BlankNode' && v.value.length >= limit));

export const compileMaxLength: ComponentCompiler = (shape, parameters) =>
  parameters
    .numbers('maxLength')
    .map((limit) => eachValue(shape, 'MaxLength', (_d, v) => v.termType !== 'BlankNode' && v.value.length <= limit));

export const compilePattern: ComponentCompiler = (shape, parameters) => {
  const flags = parameters.one('flags');
  return parameters.values('pattern').map((pattern) => {
    const re = flags ? new RegExp(pattern.value, flags.value) : new RegExp(pattern.value);
    return eachValue(shape, 'Pattern', (_d, v) => v.termType !== 'BlankNode' && re.test(v.value));
  });
};
