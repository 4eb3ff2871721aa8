/** A stream a status line can be drawn on: process.stderr in the CLI. */
export type StatusStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * One status line redrawn in place on a terminal (export's progress bar, load's progress). It is
 * cut one column narrower than the terminal, so it never wraps (a pseudo-terminal may report 0
 * columns: 80 is assumed).
 */
export class TerminalLine {
  private drawn = false;

  constructor(private readonly stream: StatusStream) {}

  draw(text: string): void {
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r\x1b[2K${text.slice(0, width)}`);
    this.drawn = true;
  }

  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
