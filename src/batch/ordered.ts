/**
 * The reorder buffer: `fn` runs on up to `window` items at once, in any order of completion,
 * and results come out in input order, each as soon as it and every result before it are done.
 * The source is pulled only while fewer than `window` items are in the buffer, so a slow item
 * or a slow consumer holds the reader back and memory is bounded by the window, never by the
 * corpus.
 */
export async function* mapOrdered<T, R>(
  items: AsyncIterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  window: number,
): AsyncGenerator<[T, R]> {
  const size = Math.max(1, Math.floor(window));
  const iterator = items[Symbol.asyncIterator]();
  const queue: { item: T; result: Promise<R>; done: Promise<'head'> }[] = [];
  let pulling: Promise<IteratorResult<T>> | undefined;
  let exhausted = false;
  let index = 0;
  const take = (next: IteratorResult<T>) => {
    pulling = undefined;
    if (next.done) {
      exhausted = true;
      return;
    }
    const result = fn(next.value, index++);
    // A rejection surfaces when its turn comes; until then it must not count as unhandled.
    const done = result.then(
      () => 'head' as const,
      () => 'head' as const,
    );
    queue.push({ item: next.value, result, done });
  };
  try {
    for (;;) {
      if (!exhausted && queue.length < size) pulling ??= iterator.next();
      if (queue.length === 0) {
        if (exhausted) return;
        take(await pulling!);
        continue;
      }
      if (pulling) {
        // Whichever comes first: the next input (keep the workers busy) or the head's result (write it now).
        const first = await Promise.race([queue[0]!.done, pulling.then(() => 'item' as const)]);
        if (first === 'item') {
          take(await pulling);
          continue;
        }
      }
      const head = queue.shift()!;
      yield [head.item, await head.result];
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
