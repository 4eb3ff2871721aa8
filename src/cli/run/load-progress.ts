import { printable } from '../../core/printable.js';
import { TerminalLine, type StatusStream } from '../terminal-line.js';

/**
 * What `newskg load` prints while it runs, on standard error. On a terminal: one line redrawn in
 * place (graphs sent, unchanged, triples and triples per second); elsewhere (pipes, logs, CI):
 * one line per graph written. `--quiet` prints neither; errors and the summary always go out.
 */
export interface LoadProgressOptions {
  stream: StatusStream;
  quiet: boolean;
  /** Milliseconds clock (tests pass their own). */
  now?: () => number;
}

const REDRAW_EVERY_MS = 200;

export class LoadProgress {
  private graphs = 0;
  private skipped = 0;
  private triples = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private readonly terminal: TerminalLine;
  private readonly now: () => number;
  private readonly live: boolean;

  constructor(private readonly options: LoadProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.live = !options.quiet && options.stream.isTTY === true;
    this.terminal = new TerminalLine(options.stream);
  }

  /** A graph written: its line off a terminal, the progress line on one. */
  graph(line: string, triples: number): void {
    this.graphs++;
    this.triples += triples;
    if (this.live) this.redraw();
    else if (!this.options.quiet) this.options.stream.write(`${printable(line)}\n`);
  }

  /** A graph the store already held as it is. */
  unchanged(): void {
    this.skipped++;
    if (this.live) this.redraw();
  }

  /** A line that must not be mixed with the progress line (a retry, a dropped graph). */
  log(line: string): void {
    if (this.options.quiet) return;
    this.clear();
    this.options.stream.write(`${printable(line)}\n`);
  }

  finish(): void {
    this.clear();
  }

  /** The text of the progress line. */
  line(now: number = this.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    return `${this.graphs} graph(s) loaded, ${this.skipped} unchanged, ${this.triples} triples, ${Math.round(this.triples / seconds)} triples/s`;
  }

  private redraw(): void {
    const now = this.now();
    if (now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    this.terminal.draw(this.line(now));
  }

  private clear(): void {
    this.terminal.clear();
  }
}
