import { readFileSync } from 'node:fs';
import { NewskgError } from './errors.js';
import { packagePath } from './paths.js';

/** The IRI the project's JSON-LD context is known by; served from ontology/context.jsonld, never fetched. */
export const CONTEXT_URL = 'https://w3id.org/newskg/context.jsonld';

let contextDocument: Record<string, unknown> | undefined;

/** The parsed ontology/context.jsonld document ({"@context": {...}}). */
export function projectContext(): Record<string, unknown> {
  contextDocument ??= JSON.parse(readFileSync(packagePath('ontology/context.jsonld'), 'utf8')) as Record<string, unknown>;
  return contextDocument;
}

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/**
 * A jsonld.js document loader that serves only the project's own context and refuses every
 * other URL: output must never depend on the network (embedded @context URLs included).
 */
export async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  if (url === CONTEXT_URL) return { contextUrl: null, documentUrl: url, document: projectContext() };
  throw new NewskgError('RDF_PARSE', `refusing to load remote JSON-LD document ${url} (newskg never fetches contexts)`);
}
