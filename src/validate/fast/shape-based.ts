/** Shape-based constraint components: sh:property, sh:qualifiedValueShape with its counts (sh:node sends the shapes to rdf-validate-shacl). */
import type { Term } from '@rdfjs/types';
import { Unsupported, conforms, defineCheck, validateShape } from './check.js';
import type { Check, ComponentCompiler } from './check.js';
import type { DataGraph } from './data-graph.js';

export const compileProperty: ComponentCompiler = (shape, parameters) =>
  parameters.values('property').map((property) => {
    const propertyShape = parameters.shape(property);
    return defineCheck(shape, 'Property', (data, _focus, values, sink) => {
      for (const value of values) validateShape(data, propertyShape, value, sink);
    });
  });

export const compileQualifiedValueShape: ComponentCompiler = (shape, parameters) => {
  const shapes = parameters.values('qualifiedValueShape');
  const mins = parameters.values('qualifiedMinCount');
  const maxes = parameters.values('qualifiedMaxCount');
  if (shapes.length === 0 || (mins.length === 0 && maxes.length === 0)) return [];
  if (shapes.length > 1) throw new Unsupported('several sh:qualifiedValueShape');
  const qualified = parameters.shape(shapes[0]!);
  const count = (data: DataGraph, values: readonly Term[]) => values.filter((v) => conforms(data, qualified, v)).length;
  const checks: Check[] = [];
  for (const min of mins) {
    checks.push(
      defineCheck(shape, 'QualifiedMinCount', (data, focus, values, sink, report) =>
        min.termType === 'Literal' && count(data, values) >= Number(min.value) ? undefined : report(sink, focus),
      ),
    );
  }
  for (const max of maxes) {
    checks.push(
      defineCheck(shape, 'QualifiedMaxCount', (data, focus, values, sink, report) =>
        max.termType === 'Literal' && count(data, values) <= Number(max.value) ? undefined : report(sink, focus),
      ),
    );
  }
  return checks;
};
