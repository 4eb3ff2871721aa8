import type { Line } from './lines.js';
import { endsWithTerminal } from './text.js';

/**
 * Body lines grouped into paragraph units. Why: some copies put one paragraph per line,
 * others hard-wrap a paragraph over several lines; headings and paragraphs are judged on
 * whole units, not on the first line of a wrapped paragraph.
 */

/** Groups lines (in order) into units; a blank line, or a line not in `lines`, always separates units. */
export function groupUnits(lines: readonly Line[]): Line[][] {
  const units: Line[][] = [];
  let run: Line[] = [];
  const flush = (): void => {
    for (const unit of splitRun(run)) units.push(unit);
    run = [];
  };
  for (const line of lines) {
    const previous = run[run.length - 1];
    if (line.gapBefore || (previous && previous.index !== line.index - 1)) flush();
    run.push(line);
  }
  flush();
  return units;
}

/**
 * Splits a run of adjacent lines into units. A line continues the previous one when that
 * one stops mid-sentence and either this one starts in lower case, the previous ends with
 * a comma or dash, or the run is hard-wrapped (inner lines of nearly equal length, at most
 * about 120 characters, some stopping mid-sentence).
 */
function splitRun(run: readonly Line[]): Line[][] {
  if (run.length === 0) return [];
  const inner = run.slice(0, -1);
  const lengths = inner.map((line) => line.text.length);
  const longest = lengths.reduce((max, n) => Math.max(max, n), 0);
  const wrapped =
    inner.length > 0 &&
    longest >= 40 &&
    longest <= 120 &&
    lengths.every((n) => n >= longest * 0.75) &&
    inner.some((line) => !endsWithTerminal(line.text));
  const units: Line[][] = [[run[0]!]];
  for (let k = 1; k < run.length; k++) {
    const previous = run[k - 1]!;
    const line = run[k]!;
    const joins = wrapped || (!endsWithTerminal(previous.text) && (/^[\p{Ll}(]/u.test(line.text) || /[,;–—-]$/.test(previous.text)));
    if (joins) units[units.length - 1]!.push(line);
    else units.push([line]);
  }
  return units;
}
