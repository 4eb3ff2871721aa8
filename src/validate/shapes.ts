/**
 * Loads and compiles SHACL shapes once per process. Compiling rdf-validate-shacl's
 * validator costs tens of milliseconds; validating an article with a compiled one costs a
 * few, so every call with the same path reuses the same CompiledShapes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import { Parser } from 'n3';
import type SHACLValidator from 'rdf-validate-shacl';
import type defaultEnvironment from 'rdf-validate-shacl/src/defaultEnv.js';
import type { Options as ValidatorOptions } from 'rdf-validate-shacl';
import { NewskgError } from '../core/errors.js';
import { termKey } from '../graph/terms.js';
import { TripleIndex, listItems } from './dataset.js';
import { compileFastShapes } from './fast.js';
import type { FastShapes } from './fast.js';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const OWL_IMPORTS = 'http://www.w3.org/2002/07/owl#imports';
const TARGETS = ['targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf'].map((t) => SH + t);

/** src/validate/ and dist/validate/ both sit two levels below the package root. */
export const DEFAULT_SHAPES_PATH = fileURLToPath(new URL('../../shapes/newskg.shacl.ttl', import.meta.url));

export interface CompiledShapes {
  /** Absolute path of the shapes file. */
  readonly path: string;
  /** The shapes graph as parsed. */
  readonly quads: readonly Quad[];
  /** The shapes graph's rdfs:subClassOf triples, added to every data graph (see validateGraph). */
  readonly hierarchy: readonly Quad[];
  /** The shapes graph, indexed; used to render complex property paths in results. */
  readonly index: TripleIndex;
  /** rdf-validate-shacl compiled for these shapes; built on first call when the fast evaluator covers them. */
  readonly validator: () => SHACLValidator;
  /** The same shapes compiled for the fast evaluator; absent when they use SHACL it does not cover. */
  readonly fast?: FastShapes;
}

// rdf-validate-shacl (and clownface under it) takes ~0.1 s of CPU to import, paid by every worker
// thread of a corpus run although the bundled shapes never need it: it is required on first use.
const load = createRequire(import.meta.url);

const cache = new Map<string, CompiledShapes>();

/** Synchronous. Throws NewskgError SHAPES_INVALID when the file cannot be read, parsed or compiled. */
export function loadShapes(path: string = DEFAULT_SHAPES_PATH): CompiledShapes {
  const absolute = resolve(path);
  const cached = cache.get(absolute);
  if (cached) return cached;
  const compiled = compileShapes(parseShapes(absolute), absolute);
  cache.set(absolute, compiled);
  return compiled;
}

function parseShapes(path: string): Quad[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file does not exist' : (error as Error).message;
    throw new NewskgError('SHAPES_INVALID', `cannot read shapes: ${reason}`, { source: path }, { cause: error });
  }
  try {
    return new Parser({ format: 'Turtle', baseIRI: 'file://' + path }).parse(text) as Quad[];
  } catch (error) {
    const line = (error as { context?: { line?: number } }).context?.line;
    throw new NewskgError(
      'SHAPES_INVALID',
      `shapes are not valid Turtle: ${(error as Error).message}`,
      line === undefined ? { source: path } : { source: path, line },
      { cause: error },
    );
  }
}

function compileShapes(quads: Quad[], path: string): CompiledShapes {
  if (quads.some((q) => q.predicate.value === OWL_IMPORTS)) {
    throw new NewskgError(
      'SHAPES_INVALID',
      'shapes use owl:imports, which newskg does not follow (it never fetches); merge the imported shapes into the file',
      { source: path },
    );
  }
  const targeted = quads.some(
    (q) => TARGETS.includes(q.predicate.value) || (q.predicate.value === RDF_TYPE && q.object.value === SH + 'NodeShape'),
  );
  if (!targeted) throw new NewskgError('SHAPES_INVALID', 'the file declares no SHACL shapes', { source: path });
  const index = new TripleIndex(quads);
  const hierarchy = quads.filter((q) => q.predicate.value === SUBCLASS_OF);
  const fast = compileFastShapes(index);
  let validator: SHACLValidator | undefined;
  const compiled = (): SHACLValidator => (validator ??= compileValidator(index, path));
  // Shapes the fast evaluator does not cover are checked by rdf-validate-shacl at load time, as before.
  if (!fast) compiled();
  return { path, quads, hierarchy, index, validator: compiled, ...(fast ? { fast } : {}) };
}

function compileValidator(index: TripleIndex, path: string): SHACLValidator {
  const Validator = (load('rdf-validate-shacl') as { default: typeof SHACLValidator }).default;
  // rdf-validate-shacl guards against recursive shapes by counting checks per (node, shape),
  // which costs a JSON.stringify per check; acyclic shapes (ours) do not need the guard.
  const options: ValidatorOptions & { maxNodeChecks?: number } = { factory: fastEnvironment() };
  if (!isRecursive(index)) options.maxNodeChecks = 0;
  try {
    return new Validator(index, options);
  } catch (error) {
    throw new NewskgError('SHAPES_INVALID', `shapes cannot be compiled: ${(error as Error).message}`, { source: path }, { cause: error });
  }
}

/**
 * rdf-validate-shacl's environment with TripleIndex as its dataset: the engine builds a
 * small dataset for every nested check (sh:or, sh:xone) and every result, and
 * @rdfjs/dataset's indexes made that the largest single cost.
 */
function fastEnvironment(): ValidatorOptions['factory'] {
  const defaults = (load('rdf-validate-shacl/src/defaultEnv.js') as { default: typeof defaultEnvironment }).default;
  const environment = Object.create(defaults) as Record<string, unknown>;
  environment.dataset = (quads?: Iterable<Quad>) => new TripleIndex(quads);
  return environment as ValidatorOptions['factory'];
}

const SHAPE_LINKS = ['node', 'property', 'not', 'qualifiedValueShape'].map((p) => SH + p);
const SHAPE_LISTS = ['and', 'or', 'xone'].map((p) => SH + p);

/** Whether a shape can reach itself through sh:node, sh:property, sh:and/or/xone/not or sh:qualifiedValueShape. */
export function isRecursive(shapes: TripleIndex): boolean {
  const children = (shape: Term): Term[] => {
    const out: Term[] = [];
    for (const q of shapes.match(shape)) {
      if (SHAPE_LINKS.includes(q.predicate.value)) out.push(q.object);
      else if (SHAPE_LISTS.includes(q.predicate.value)) for (const item of listItems(shapes, q.object)) out.push(item);
    }
    return out;
  };
  const state = new Map<string, 'open' | 'done'>();
  const visit = (shape: Term): boolean => {
    const key = termKey(shape);
    const seen = state.get(key);
    if (seen) return seen === 'open';
    state.set(key, 'open');
    for (const child of children(shape)) if (visit(child)) return true;
    state.set(key, 'done');
    return false;
  };
  const roots = [...shapes]
    .filter((q) => SHAPE_LINKS.includes(q.predicate.value) || SHAPE_LISTS.includes(q.predicate.value))
    .map((q) => q.subject);
  return roots.some(visit);
}
