import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapOrdered } from '../../src/batch/index.js';

async function* numbers(count: number, pulled: number[]): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    pulled.push(i);
    yield i;
  }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

describe('mapOrdered', () => {
  it('gives results in input order when later items finish first', async () => {
    const finished: number[] = [];
    const results = await collect(
      mapOrdered(
        numbers(6, []),
        async (n) => {
          await sleep((6 - n) * 5);
          finished.push(n);
          return n * 10;
        },
        4,
      ),
    );
    expect(finished.slice(0, 2)).not.toEqual([0, 1]);
    expect(results.map(([item, result]) => [item, result])).toEqual([0, 1, 2, 3, 4, 5].map((n) => [n, n * 10]));
  });

  it('reads no further ahead than the window while the consumer is busy', async () => {
    const pulled: number[] = [];
    const ahead: number[] = [];
    for await (const [item] of mapOrdered(numbers(50, pulled), async (n) => n, 3)) {
      ahead.push(pulled.length - item - 1);
      await sleep(1);
    }
    expect(Math.max(...ahead)).toBeLessThanOrEqual(3);
  });

  it('hands back a finished head before the next input arrives', async () => {
    async function* slowSource(): AsyncGenerator<number> {
      yield 1;
      await sleep(200);
      yield 2;
    }
    const started = performance.now();
    const iterator = mapOrdered(slowSource(), async (n) => n, 8)[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toEqual([1, 1]);
    expect(performance.now() - started).toBeLessThan(150);
    await iterator.return(undefined);
  });

  it('surfaces a failure at its place in the order', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const [item] of mapOrdered(
        numbers(5, []),
        async (n) => {
          if (n === 2) throw new Error('boom');
          return n;
        },
        2,
      ))
        seen.push(item);
    };
    await expect(run()).rejects.toThrow('boom');
    expect(seen).toEqual([0, 1]);
  });
});
