import { stat } from 'node:fs/promises';
import { isNewskgError } from '../../core/errors.js';
import { parseRdf, termKey } from '../../graph/index.js';
import { collectRdfFiles, rdfFormatOf, readRdfFile } from '../../sources/rdf-files.js';
import type { Quad } from '@rdfjs/types';
import type { ArticleReadingOptions } from '../article-options.js';
import { describeError } from '../../core/errors.js';
import { EXIT, exitCodeFor } from '../exit.js';
import { ViewOutput } from '../view-output.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';
import { readSourcesFrom } from '../../sources/index.js';
import type { InputFormat } from '../../sources/index.js';
import { contentHashOf } from '../../view/index.js';
import type { TextsByHash } from '../../view/index.js';
import { runExport } from './export.js';

export interface ViewOptions extends ArticleReadingOptions {
  out: string;
  text: string[];
  quiet: boolean;
  jobs: number;
}

/**
 * Exported graphs are read back as they are; articles are exported first (in memory) and the
 * view is drawn from the graphs that export writes. Either way the pages come from RDF alone.
 */
export async function runView(inputs: string[], options: ViewOptions, host: CliHost): Promise<number> {
  const say = (line: string): void => printLine(host.stderr, line);
  const view = new ViewOutput(options.out, say);
  const graphs: string[] = [];
  const articles: string[] = [];
  for (const input of inputs) ((await isGraphInput(input)) ? graphs : articles).push(input);
  let status: number = EXIT.OK;
  try {
    const texts = await readTexts(options.text, options.inputFormat, host);
    if (texts.failed) status = EXIT.INPUT_FAILED;
    if (graphs.length) status = Math.max(status, await drawGraphFiles(graphs, view, { quiet: options.quiet, texts: texts.byHash, say }));
    if (articles.length) {
      // export writes the pages of its articles and then the index, with those already drawn
      const exported = await runExport(articles, { ...options, format: [], report: false, perArticle: false, timings: false }, host, {
        perArticle: false,
        view,
      });
      return Math.max(status, exported);
    }
    const index = await view.commit();
    say(`newskg: view of ${view.articles} article(s) in ${index}`);
  } catch (error) {
    say(`error: ${describeError(error)}`);
    return exitCodeFor(error);
  }
  return status;
}

/** A file with an RDF extension, or a folder holding exported graphs (article folders hold none). */
async function isGraphInput(input: string): Promise<boolean> {
  if (input === '-') return false;
  if (rdfFormatOf(input)) return true;
  const info = await stat(input).catch(() => undefined);
  return info?.isDirectory() === true && (await collectRdfFiles([input])).length > 0;
}

/**
 * The texts of the article files named by --text, by the content hash an export of each gets.
 * Only the texts themselves are kept (HTML pages carry their text in the graph).
 */
async function readTexts(
  paths: readonly string[],
  inputFormat: InputFormat,
  host: CliHost,
): Promise<{ byHash: Map<string, string>; failed: boolean }> {
  const byHash = new Map<string, string>();
  let failed = false;
  if (!paths.length) return { byHash, failed };
  for await (const item of readSourcesFrom(paths, { inputFormat }, { stdin: host.stdin })) {
    if (!item.ok) {
      printLine(host.stderr, `error: ${describeError(item.error)}`);
      failed = true;
    } else if (item.input.source.format !== 'html') byHash.set(contentHashOf(item.input.raw), item.input.raw);
  }
  return { byHash, failed };
}

async function drawGraphFiles(
  inputs: readonly string[],
  view: ViewOutput,
  options: { quiet: boolean; texts: TextsByHash; say: (line: string) => void },
): Promise<number> {
  let status: number = EXIT.OK;
  const fail = (error: unknown, source: string) => {
    const line = describeError(error);
    options.say(`error: ${isNewskgError(error) && error.location.source ? line : `${source}: ${line}`}`);
    status = EXIT.INPUT_FAILED;
  };
  for (const input of inputs) {
    const files = await collectRdfFiles([input]).catch((error: unknown) => fail(error, input));
    for (const file of files ?? []) {
      let graphs: Quad[][];
      try {
        const { text, format } = await readRdfFile(file);
        graphs = byGraph(await parseRdf(text, format, file));
      } catch (error) {
        fail(error, file);
        continue;
      }
      const pages: string[] = [];
      for (const quads of graphs) for (const page of await view.addGraph(quads, file, options.texts)) pages.push(page);
      if (!options.quiet) options.say(`${file} -> ${pages.length ? pages.join(', ') : 'no article not already drawn'}`);
    }
  }
  return status;
}

/** A file's quads by graph: each named graph (one article in TriG and N-Quads) and the default graph (Turtle, JSON-LD). */
function byGraph(quads: readonly Quad[]): Quad[][] {
  const graphs = new Map<string, Quad[]>();
  for (const quad of quads) {
    const key = termKey(quad.graph);
    const list = graphs.get(key);
    if (list) list.push(quad);
    else graphs.set(key, [quad]);
  }
  return [...graphs.values()];
}
