import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { readSourcesFrom } from '../../src/sources/index.js';
import type { ReadSourcesOptions, SourceItem } from '../../src/sources/index.js';

/** A temporary folder with the given files (path -> content); removed by `remove`. */
export function makeTree(files: Record<string, string | Uint8Array>): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'newskg-sources-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every item of a read, with standard input fed from `stdin` (in chunks when given an array). */
export async function collect(
  args: readonly string[],
  options: ReadSourcesOptions = {},
  stdin: string | readonly string[] = '',
): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  const chunks = typeof stdin === 'string' ? [stdin] : stdin;
  for await (const item of readSourcesFrom(args, options, { stdin: () => Readable.from(chunks.map((c) => Buffer.from(c))) }))
    items.push(item);
  return items;
}

/** One line per item: "ok id" or "CODE id", for readable order assertions. */
export function summary(items: readonly SourceItem[]): string[] {
  return items.map((item) => (item.ok ? `ok ${item.id}` : `${item.error.code} ${item.id}`));
}

export const ARTICLE =
  'Bridge reopens after repairs\n\nThe old bridge reopened to traffic on Friday after a year of repairs, the city said.\n';
export const PAGE = `<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><p>The old bridge reopened on Friday.</p></body></html>`;
