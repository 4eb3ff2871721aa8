import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceInfo } from '../../../src/core/types.js';

export const HTML_FIXTURES = fileURLToPath(new URL('../../fixtures/html/', import.meta.url));

export function readPage(name: string): string {
  return readFileSync(HTML_FIXTURES + name, 'utf8');
}

export function htmlSource(name: string): SourceInfo {
  return { name, format: 'html' };
}

/** A page with the given body paragraphs, for tests that need an article but no particular markup. */
export function simplePage(paragraphs: readonly string[], head = ''): string {
  return `<!doctype html><html><head><title>Test page</title>${head}</head><body><article><h1>Test page</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

export const PARAGRAPHS = [
  'The regional council voted on Wednesday to extend the night bus service to the airport, after months of complaints from shift workers.',
  'The new routes will start in September and run every thirty minutes between midnight and five in the morning, the transport office said.',
  'Opposition members said the plan came too late but voted for it, arguing that the workers who asked for it could not wait another year.',
];
