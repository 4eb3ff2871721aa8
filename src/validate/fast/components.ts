/**
 * The constraint components the compiled evaluator covers: each parameter with the compiler of
 * its checks (after shacl-engine's table). A shape's checks run in this order, which is
 * rdf-validate-shacl's, so both engines list a focus node's results alike.
 */
import type { ComponentCompiler } from './check.js';
import { compileMaxCount, compileMinCount } from './cardinality.js';
import { compileOr } from './logical.js';
import { compileHasValue, compileIn } from './other.js';
import { compileLessThan } from './property-pair.js';
import { compileProperty, compileQualifiedValueShape } from './shape-based.js';
import { compileMaxLength, compileMinLength, compilePattern } from './string-based.js';
import { compileMaxExclusive, compileMaxInclusive, compileMinExclusive, compileMinInclusive } from './value-range.js';
import { compileClass, compileDatatype, compileNodeKind } from './value-type.js';

export const COMPONENTS: readonly (readonly [parameter: string, compile: ComponentCompiler])[] = [
  ['class', compileClass],
  ['datatype', compileDatatype],
  ['nodeKind', compileNodeKind],
  ['minLength', compileMinLength],
  ['maxLength', compileMaxLength],
  ['pattern', compilePattern],
  ['in', compileIn],
  ['minInclusive', compileMinInclusive],
  ['maxInclusive', compileMaxInclusive],
  ['minExclusive', compileMinExclusive],
  ['maxExclusive', compileMaxExclusive],
  ['hasValue', compileHasValue],
  ['or', compileOr],
  ['minCount', compileMinCount],
  ['maxCount', compileMaxCount],
  ['lessThan', compileLessThan],
  ['qualifiedValueShape', compileQualifiedValueShape],
  ['property', compileProperty],
];
