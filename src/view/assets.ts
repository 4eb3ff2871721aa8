import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packagePath } from '../core/paths.js';
import { ASSET_FILES } from './shell.js';
import type { ViewFile } from './site.js';

/**
 * d3-force lays out the actor network in the page. Its UMD build needs three sibling modules;
 * they are copied from node_modules in dependency order, each under its licence text, into
 * one file beside the pages: nothing is fetched when the page is opened.
 */
const NETWORK_MODULES = ['d3-dispatch', 'd3-quadtree', 'd3-timer', 'd3-force'] as const;

/** The files every view needs in its assets/ folder: the page style and script, and the layout library. */
export async function viewAssets(): Promise<ViewFile[]> {
  const [style, script, network] = await Promise.all([
    readFile(packagePath('assets/view.css'), 'utf8'),
    readFile(packagePath('assets/view.js'), 'utf8'),
    networkLibrary(),
  ]);
  return [
    { path: `assets/${ASSET_FILES.style}`, content: style },
    { path: `assets/${ASSET_FILES.script}`, content: script },
    { path: `assets/${ASSET_FILES.network}`, content: network },
  ];
}

async function networkLibrary(): Promise<string> {
  // d3-force's own dependencies are resolved from where d3-force is, as it would load them
  const force = createRequire(import.meta.url).resolve('d3-force');
  const require = createRequire(force);
  const parts = await Promise.all(
    NETWORK_MODULES.map(async (name) => {
      // the package's exports map points at dist/<name>.mjs; the browser build sits beside it
      const dist = dirname(require.resolve(name));
      const [code, licence] = await Promise.all([
        readFile(join(dist, `${name}.min.js`), 'utf8'),
        readFile(join(dist, '..', 'LICENSE'), 'utf8'),
      ]);
      return `/* ${name} (npm), licence:\n${licence.replace(/\*\//g, '* /').trim()}\n*/\n${code.trim()}\n`;
    }),
  );
  return parts.join('\n');
}
