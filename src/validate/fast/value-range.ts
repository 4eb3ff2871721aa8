/** Value range constraint components: sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive. */
import { eachValue } from './check.js';
import type { ComponentCompiler } from './check.js';
import { compareTerms } from './compare-terms.js';

/** A bound's check: the value compared with the bound (value - bound) must satisfy `ok`. */
function compileBound(local: string, name: string, ok: (comparison: number) => boolean): ComponentCompiler {
  return (shape, parameters) =>
    parameters.values(local).map((bound) =>
      eachValue(shape, name, (_d, v) => {
        const c = compareTerms(v, bound);
        return c !== null && ok(c);
      }),
    );
}

export const compileMinInclusive = compileBound('minInclusive', 'MinInclusive', (c) => c >= 0);
export const compileMaxInclusive = compileBound('maxInclusive', 'MaxInclusive', (c) => c <= 0);
export const compileMinExclusive = compileBound('minExclusive', 'MinExclusive', (c) => c > 0);
export const compileMaxExclusive = compileBound('maxExclusive', 'MaxExclusive', (c) => c < 0);
