import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { writeOutputs } from '../sinks/index.js';
import { ViewSite, viewAssets } from '../view/index.js';
import type { TextsByHash, ViewFile } from '../view/index.js';

/**
 * The view folder of a run (`newskg view`, `export --view`): each article's page is written as
 * its graph comes, the index and the assets once at the end.
 */
export class ViewOutput {
  private readonly site = new ViewSite();

  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Draws the articles of one graph; returns the pages written. `texts`: input texts the graph may have been exported from. */
  async addGraph(quads: Iterable<Quad>, source: string, texts?: TextsByHash): Promise<string[]> {
    const result = this.site.addGraph(quads, texts ? { texts } : {});
    // IRIs come from the input: quoted as JSON strings, so no control character reaches the terminal
    for (const iri of result.duplicates) this.log(`${source}: article ${JSON.stringify(iri)} is already in the view; drawn once`);
    await this.write(result.files);
    return result.files.map((f) => join(this.dir, f.path));
  }

  get articles(): number {
    return this.site.articleCount;
  }

  /** Writes index.html and the assets; returns the index's path. */
  async commit(): Promise<string> {
    await this.write([this.site.index(), ...(await viewAssets())]);
    return join(this.dir, 'index.html');
  }

  private async write(files: readonly ViewFile[]): Promise<void> {
    await writeOutputs(files.map((f) => ({ path: join(this.dir, f.path), content: f.content })));
  }
}
