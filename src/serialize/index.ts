import type { Quad } from '@rdfjs/types';
import { writeJsonLd } from './jsonld.js';
import { writeRdfText } from './rdf-text.js';
import type { SerializeOptions } from './rdf-text.js';

export type OutputFormat = 'turtle' | 'jsonld' | 'nquads' | 'trig';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['turtle', 'jsonld', 'nquads', 'trig'];

export const FILE_EXTENSIONS: Record<OutputFormat, string> = { turtle: 'ttl', jsonld: 'jsonld', nquads: 'nq', trig: 'trig' };

/** The graph in one format. Deterministic: the same quads give the same string. */
export async function serialize(quads: readonly Quad[], format: OutputFormat, options: SerializeOptions = {}): Promise<string> {
  return format === 'jsonld' ? writeJsonLd(quads) : writeRdfText(quads, format, options);
}

export { writeJsonLd } from './jsonld.js';
export { writeRdfText } from './rdf-text.js';
export type { RdfTextFormat, SerializeOptions } from './rdf-text.js';
export { CONTEXT_URL, localDocumentLoader, projectContext } from '../core/jsonld-context.js';
