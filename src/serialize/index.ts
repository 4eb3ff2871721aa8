import type { Quad } from '@rdfjs/types';
import { writeJsonLd } from './jsonld.js';
import { writeRdfBytes, writeRdfText } from './rdf-text.js';
import type { SerializeOptions } from './rdf-text.js';
import type { OutputFormat } from './formats.js';

export { OUTPUT_FORMATS, FILE_EXTENSIONS } from './formats.js';
export type { OutputFormat } from './formats.js';

/** The graph in one format. Deterministic: the same quads give the same string. */
export async function serialize(quads: readonly Quad[], format: OutputFormat, options: SerializeOptions = {}): Promise<string> {
  return format === 'jsonld' ? writeJsonLd(quads) : writeRdfText(quads, format, options);
}

const utf8 = new TextEncoder();

/** The same document as serialize, in UTF-8, each in a buffer of its own (it can be transferred to another thread). */
export async function serializeBytes(quads: readonly Quad[], format: OutputFormat, options: SerializeOptions = {}): Promise<Uint8Array> {
  return format === 'jsonld' ? utf8.encode(await writeJsonLd(quads)) : writeRdfBytes(quads, format, options);
}

export { writeJsonLd } from './jsonld.js';
export { writeRdfBytes, writeRdfText } from './rdf-text.js';
export type { RdfTextFormat, SerializeOptions } from './rdf-text.js';
export { CONTEXT_URL, localDocumentLoader, projectContext } from '../core/jsonld-context.js';
