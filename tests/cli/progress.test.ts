import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { Progress } from '../../src/cli/progress.js';

function terminal(): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return Object.assign(stream, { text: () => written });
}

describe('Progress', () => {
  it('shows done/total, articles per second and the time left', () => {
    let now = 0;
    const progress = new Progress({ stream: terminal(), enabled: true, total: 10, now: () => now });
    now = 2000;
    for (let i = 0; i < 4; i++) progress.tick();
    expect(progress.line()).toBe('[##########..............] 4/10 articles  2.0/s  ETA 0:03');
  });

  it('shows a count and a rate when the total is not known', () => {
    let now = 0;
    const progress = new Progress({ stream: terminal(), enabled: true, now: () => now });
    now = 1000;
    for (let i = 0; i < 25; i++) progress.tick();
    expect(progress.line()).toBe('25 article(s)  25/s');
  });

  it('draws on a terminal and clears the line before logging and at the end', () => {
    const stream = terminal();
    const progress = new Progress({ stream, enabled: true, total: 2 });
    progress.tick();
    progress.log('error: b.txt: INPUT_EMPTY: b.txt is empty');
    progress.finish();
    const clear = '\r\u001b[2K';
    const [first, afterLog] = stream.text().split('error: b.txt: INPUT_EMPTY: b.txt is empty\n');
    expect(first!.startsWith(clear)).toBe(true);
    expect(first!.slice(clear.length)).toMatch(/^\[#+\.+\] 1\/2 articles/);
    expect(first!.endsWith(clear)).toBe(true);
    expect(afterLog!.startsWith(clear)).toBe(true);
    expect(afterLog!.endsWith(clear)).toBe(true);
  });

  it('writes nothing but logged lines when disabled', () => {
    const stream = terminal();
    const progress = new Progress({ stream, enabled: false, total: 3 });
    progress.tick();
    progress.log('a line');
    progress.tick();
    progress.finish();
    expect(stream.text()).toBe('a line\n');
  });
});
