import { printable } from '../core/printable.js';
import { TerminalLine, type StatusStream } from './terminal-line.js';

/**
 * The progress line on standard error: articles done (of the total when known), articles per
 * second and time left. Drawn only on a terminal; elsewhere (pipes, logs, CI) it prints nothing,
 * and log() lines go out as they are.
 */
export interface ProgressOptions {
  /** Where to draw; process.stderr in the CLI. */
  stream: StatusStream;
  /** Draw at all: false for --quiet or when the stream is not a terminal. */
  enabled: boolean;
  /** Number of articles, when known before the run. */
  total?: number;
  /** Milliseconds clock (tests pass their own). */
  now?: () => number;
}

const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

export class Progress {
  private done = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private readonly terminal: TerminalLine;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.terminal = new TerminalLine(options.stream);
  }

  /** Whether the progress line is drawn (a terminal, not --quiet). */
  get enabled(): boolean {
    return this.options.enabled;
  }

  /** One more article finished (exported or failed). */
  tick(): void {
    this.done++;
    if (!this.options.enabled) return;
    const now = this.now();
    if (now - this.lastDraw >= REDRAW_EVERY_MS) this.draw(now);
  }

  /** A line of output that must not be mixed with the bar: the bar is cleared, the line written (escaped: it may quote the input), the bar redrawn. */
  log(line: string): void {
    this.clear();
    this.options.stream.write(printable(line, { multiline: true }) + '\n');
    if (this.options.enabled && this.done > 0) this.draw(this.now());
  }

  /** Removes the bar (before the summary). */
  finish(): void {
    this.clear();
  }

  /** The text of the progress line, without escapes. */
  line(now: number = this.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / seconds;
    const total = this.options.total !== undefined && this.options.total >= this.done ? this.options.total : undefined;
    const parts: string[] = [];
    if (total !== undefined) {
      const filled = total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * this.done) / total);
      parts.push(`[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${this.done}/${total} articles`);
    } else {
      parts.push(`${this.done} article(s)`);
    }
    parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
    if (total !== undefined && rate > 0) parts.push(`ETA ${clock((total - this.done) / rate)}`);
    return parts.join('  ');
  }

  private draw(now: number): void {
    this.lastDraw = now;
    this.terminal.draw(this.line(now));
  }

  private clear(): void {
    this.terminal.clear();
  }
}

/** m:ss, or h:mm:ss past an hour. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
