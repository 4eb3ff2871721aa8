import { describe, expect, it } from 'vitest';
import { streamLines, type StreamLine } from '../../src/sources/lines.js';

async function linesOf(chunks: ReadonlyArray<string | Buffer>, maxBytes = 1000): Promise<Array<string | number>> {
  const out: Array<string | number> = [];
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }
  for await (const line of streamLines(source(), maxBytes) as AsyncIterable<StreamLine>)
    out.push(line.bytes ? line.bytes.toString('utf8') : -line.length);
  return out;
}

describe('streamLines', () => {
  it('splits on LF and CRLF and keeps a last line without a newline', async () => {
    expect(await linesOf(['a\r\nb\nc'])).toEqual(['a', 'b', 'c']);
  });

  it('joins a line split across chunks, a multi-byte character included', async () => {
    const bytes = Buffer.from('café\nnext\n');
    // The chunk boundary falls between the two bytes of "é".
    expect(await linesOf([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)])).toEqual(['café', 'next']);
  });

  it('keeps blank lines, numbered, so line numbers match an editor', async () => {
    expect(await linesOf(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });

  it('reports a line over the limit by its length without keeping it, and goes on', async () => {
    expect(await linesOf(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'], 50)).toEqual(['short', -60, 'after']);
  });
});
