/** Logical constraint components: sh:or (sh:and, sh:xone and sh:not send the shapes to rdf-validate-shacl). */
import { conforms, eachValue } from './check.js';
import type { ComponentCompiler } from './check.js';

export const compileOr: ComponentCompiler = (shape, parameters) =>
  parameters.values('or').map((list) => {
    const members = parameters.list(list).map((member) => parameters.shape(member));
    return eachValue(shape, 'Or', (data, v) => members.some((member) => conforms(data, member, v)));
  });
