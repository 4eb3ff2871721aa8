/** Property pair constraint components: sh:lessThan. */
import { defineCheck } from './check.js';
import type { ComponentCompiler } from './check.js';
import { compareTerms } from './compare-terms.js';

export const compileLessThan: ComponentCompiler = (shape, parameters) =>
  parameters.values('lessThan').map((other) =>
    defineCheck(shape, 'LessThan', (data, focus, values, sink, report) => {
      const references = data.objects(focus, other.value);
      for (const value of values) {
        for (const reference of references) {
          const c = compareTerms(value, reference);
          if (c === null || c >= 0) report(sink, focus, value);
        }
      }
    }),
  );
