import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { LoadProgress } from '../../src/cli/run/load-progress.js';

function stream({
  isTTY,
  columns = 100,
}: {
  isTTY: boolean;
  columns?: number;
}): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const out = Object.assign(new PassThrough(), { isTTY, columns });
  let written = '';
  out.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return Object.assign(out, { text: () => written });
}

describe('LoadProgress', () => {
  it('on a terminal redraws one line of graphs, unchanged graphs, triples and triples per second, and clears it for a log line', () => {
    let now = 0;
    const out = stream({ isTTY: true });
    const progress = new LoadProgress({ stream: out, quiet: false, now: () => now });
    now = 2000;
    progress.graph('graph <a> 100 triples', 100);
    progress.unchanged();
    expect(progress.line()).toBe('1 graph(s) loaded, 1 unchanged, 100 triples, 50 triples/s');
    progress.log('retrying <b>');
    progress.finish();
    expect(out.text()).toBe('\r\x1b[2K1 graph(s) loaded, 0 unchanged, 100 triples, 50 triples/s\r\x1b[2Kretrying <b>\n');
  });

  it('never draws wider than the terminal', () => {
    const out = stream({ isTTY: true, columns: 20 });
    new LoadProgress({ stream: out, quiet: false, now: () => 1000 }).graph('g', 123456789);
    expect(out.text().replace('\r\x1b[2K', '')).toHaveLength(19);
  });

  it('off a terminal prints one line per graph, and nothing but errors with --quiet', () => {
    const piped = stream({ isTTY: false });
    const progress = new LoadProgress({ stream: piped, quiet: false });
    progress.graph('<a>: 100 triples', 100);
    progress.finish();
    expect(piped.text()).toBe('<a>: 100 triples\n');
    const quiet = stream({ isTTY: true });
    const silent = new LoadProgress({ stream: quiet, quiet: true });
    silent.graph('<a>: 100 triples', 100);
    silent.log('a retry');
    silent.finish();
    expect(quiet.text()).toBe('');
  });
});
