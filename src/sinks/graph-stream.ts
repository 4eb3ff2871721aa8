import { openTextStream, type TextStreamOptions } from './text-stream.js';
import type { TextStream } from './text-stream.js';

const UTF8 = new TextDecoder();

export type GraphStreamFormat = 'nquads' | 'trig';

/**
 * One N-Quads or TriG stream for a whole corpus: each article's graph (already serialized in
 * its own named graph) is appended as it comes, so the corpus is never held in memory.
 * TriG documents are merged: a prefix is declared once, before the first graph that uses it
 * (TriG allows @prefix between graphs), so the stream stays one valid document.
 */
export class GraphStream {
  private readonly declared = new Map<string, string>();
  private graphs = 0;

  private constructor(
    private readonly out: TextStream,
    readonly format: GraphStreamFormat,
  ) {}

  /** `path` "-" writes to standard output. */
  static async open(path: string, format: GraphStreamFormat, options: TextStreamOptions = {}): Promise<GraphStream> {
    return new GraphStream(await openTextStream(path, options), format);
  }

  get path(): string {
    return this.out.path;
  }

  /** Appends one article: its N-Quads, or its TriG document (prefix lines, blank line, graph block); text or UTF-8 bytes. */
  async writeGraph(document: string | Uint8Array): Promise<void> {
    if (this.format === 'nquads') {
      await this.out.write(document);
    } else {
      await this.out.write(this.mergeTrig(typeof document === 'string' ? document : UTF8.decode(document)));
    }
    this.graphs++;
  }

  async commit(): Promise<void> {
    await this.out.commit();
  }

  async abort(): Promise<void> {
    await this.out.abort();
  }

  private mergeTrig(document: string): string {
    const lines = document.split('\n');
    let i = 0;
    const fresh: string[] = [];
    for (; i < lines.length; i++) {
      const prefix = /^@prefix ([^:\s]*): <([^>]*)> \.$/.exec(lines[i]!);
      if (!prefix) break;
      if (this.declared.get(prefix[1]!) === prefix[2]) continue;
      this.declared.set(prefix[1]!, prefix[2]!);
      fresh.push(lines[i]!);
    }
    while (i < lines.length && lines[i] === '') i++;
    const body = lines.slice(i).join('\n');
    const separator = this.graphs > 0 ? '\n' : '';
    return `${separator}${fresh.length ? fresh.join('\n') + '\n\n' : ''}${body.endsWith('\n') ? body : body + '\n'}`;
  }
}
