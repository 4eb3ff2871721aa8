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
