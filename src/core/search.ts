/**
 * The partition point of a sorted array: the first index whose item does not satisfy `inPrefix`,
 * for a test that holds on a prefix of `items` and nowhere after it (binary search; `items.length`
 * if it holds everywhere).
 */
export function partitionPoint<T>(items: readonly T[], inPrefix: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inPrefix(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the first line not below `probe` starts in `table`, lines joined by "\n" and sorted as
 * strings compare (`table.length` if every line is below it): the binary search of
 * partitionPoint over `table.split('\n')`, without splitting the table into an array first.
 */
export function lineLowerBound(table: string, probe: string): number {
  let lo = 0;
  let hi = table.length;
  // lo and hi are line starts (or the end); the lines before lo are below probe, those from hi on are not.
  while (lo < hi) {
    const start = table.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
    const newline = table.indexOf('\n', start);
    const end = newline < 0 ? table.length : newline;
    if (lineBelow(table, start, end, probe)) lo = Math.min(end + 1, table.length);
    else hi = start;
  }
  return lo;
}

/** Whether table[start, end) < probe, as strings compare (code unit by code unit), without cutting the line out. */
function lineBelow(table: string, start: number, end: number, probe: string): boolean {
  const n = Math.min(end - start, probe.length);
  for (let k = 0; k < n; k++) {
    const a = table.charCodeAt(start + k);
    const b = probe.charCodeAt(k);
    if (a !== b) return a < b;
  }
  return end - start < probe.length;
}

/** The line of `table` that starts at `start` (a line start, as lineLowerBound returns). */
export function lineAt(table: string, start: number): string | undefined {
  if (start >= table.length) return undefined;
  const newline = table.indexOf('\n', start);
  return table.slice(start, newline < 0 ? undefined : newline);
}
