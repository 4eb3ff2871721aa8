/** Cardinality constraint components: sh:minCount, sh:maxCount (property shapes only). */
import { defineCheck } from './check.js';
import type { ComponentCompiler } from './check.js';

export const compileMinCount: ComponentCompiler = (shape, parameters) =>
  parameters
    .numbers('minCount')
    .map((min) =>
      defineCheck(shape, 'MinCount', (_d, focus, values, sink, report) => (values.length >= min ? undefined : report(sink, focus))),
    );

export const compileMaxCount: ComponentCompiler = (shape, parameters) =>
  parameters
    .numbers('maxCount')
    .map((max) =>
      defineCheck(shape, 'MaxCount', (_d, focus, values, sink, report) => (values.length <= max ? undefined : report(sink, focus))),
    );
