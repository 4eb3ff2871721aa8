/**
 * `export --since-manifest FILE`: what the last export into a folder made, so the next one redoes
 * only what changed. The manifest is JSON Lines: a header line (the settings' fingerprint), then
 * one line per article exported: its id, the digest of its input, its files (names in the output
 * folder) and its corpus summary (so the corpus links graph still covers the articles not redone).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { NewskgError } from '../../core/errors.js';
import { packageInfo } from '../../core/paths.js';
import type { ArticleSummary } from '../../corpus/index.js';
import type { ArticleSettings } from '../../batch/index.js';
import { writeOutputs } from '../../sinks/index.js';
import type { SourceArticle } from '../../sources/types.js';

export interface ManifestEntry {
  id: string;
  /** Digest of the article's input (text and metadata). */
  input: string;
  /** File names in the output folder. */
  files: string[];
  summary: ArticleSummary;
}

export interface Manifest {
  /** Fingerprint of newskg's version and the settings that shape every graph: when it differs, every article is redone. */
  settings: string;
  articles: Map<string, ManifestEntry>;
}

const HEADER = 'newskg-export-manifest';

/** The fingerprint of this run: newskg's version and the article settings. */
export function settingsFingerprint(settings: ArticleSettings): string {
  return digest(JSON.stringify({ version: packageInfo().version, settings }));
}

/** The digest of what an article is read from; the record's line number is left out (moving a record changes nothing in its graph). */
export function inputDigest(item: SourceArticle): string {
  const { line: _line, ...source } = item.input.source;
  return digest(JSON.stringify({ raw: item.input.raw, source, hints: item.input.hints ?? null }));
}

/** The manifest in the file; an empty one when there is no file yet. */
export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: '', articles: new Map() };
    throw new NewskgError('INPUT_UNREADABLE', (error as Error).message, { source: path });
  }
  const lines = text.split('\n').filter((line) => line.trim());
  const header = parseLine(lines[0] ?? '', path, 1) as { [HEADER]?: number; settings?: string };
  if (header[HEADER] !== 1 || typeof header.settings !== 'string')
    throw new NewskgError('INPUT_UNREADABLE', 'not an export manifest written by newskg', { source: path, line: 1 });
  const articles = new Map<string, ManifestEntry>();
  for (const [i, line] of lines.slice(1).entries()) {
    const entry = parseLine(line, path, i + 2) as ManifestEntry;
    articles.set(entry.id, entry);
  }
  return { settings: header.settings, articles };
}

export async function writeManifest(path: string, manifest: Manifest): Promise<void> {
  const entries = [...manifest.articles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [JSON.stringify({ [HEADER]: 1, settings: manifest.settings }), ...entries.map((entry) => JSON.stringify(entry))];
  await writeOutputs([{ path, content: `${lines.join('\n')}\n` }]);
}

/**
 * The last run's entry when the article can be left as it is: same settings, same input, its
 * graph files under the same names (`graphFiles`, the paths this run would write), all still there.
 */
export function unchangedEntry(
  previous: Manifest,
  settings: string,
  item: SourceArticle,
  graphFiles: readonly string[],
  folder: string,
): ManifestEntry | undefined {
  const entry = previous.articles.get(item.id);
  if (!entry || previous.settings !== settings || entry.input !== inputDigest(item)) return undefined;
  if (!graphFiles.every((file) => entry.files.includes(basename(file)))) return undefined;
  return entry.files.every((name) => name === basename(name) && existsSync(join(folder, name))) ? entry : undefined;
}

/** The manifest entry of an article written now. */
export function entryFor(item: SourceArticle, files: readonly string[], summary: ArticleSummary): ManifestEntry {
  return { id: item.id, input: inputDigest(item), files: files.map((file) => basename(file)), summary };
}

/** Removes the files of the last run that no article of this run wrote; returns the ids of the articles gone from the input. */
export async function removeStaleFiles(previous: Manifest, next: Manifest, folder: string): Promise<string[]> {
  const kept = new Set([...next.articles.values()].flatMap((entry) => entry.files));
  const removed: string[] = [];
  for (const entry of previous.articles.values()) {
    if (!next.articles.has(entry.id)) removed.push(entry.id);
    // only plain names in the folder: a manifest edited to name ../x never removes anything outside it
    for (const name of entry.files) if (!kept.has(name) && name === basename(name)) await unlink(join(folder, name)).catch(() => undefined);
  }
  return removed.sort();
}

function digest(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

function parseLine(line: string, path: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new NewskgError('INPUT_UNREADABLE', 'the export manifest is damaged (not JSON): export again without it', {
      source: path,
      line: number,
    });
  }
}
