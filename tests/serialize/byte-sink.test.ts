import { describe, expect, it } from 'vitest';
import { ByteSink } from '../../src/serialize/byte-sink.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ByteSink', () => {
  it('writes bytes, single bytes and text in order', () => {
    const sink = new ByteSink();
    sink.writeBytes(utf8('<a>'));
    sink.writeByte(0x20);
    sink.writeText('"Ça va"');
    expect(sink.bytes()).toEqual(utf8('<a> "Ça va"'));
    expect(sink.text()).toBe('<a> "Ça va"');
    expect(sink.size).toBe(utf8('<a> "Ça va"').length);
  });

  it('encodes astral characters as one 4-byte sequence and lone surrogates as U+FFFD, as TextEncoder does', () => {
    const text = 'flag 🇺🇦, face 😀, lone \uD83D and \uDE00, cut pair \uDE00\uD83D';
    const sink = new ByteSink();
    sink.writeText(text);
    expect(sink.bytes()).toEqual(utf8(text));
    const face = new ByteSink();
    face.writeText('😀');
    expect(face.bytes()).toEqual(Uint8Array.of(0xf0, 0x9f, 0x98, 0x80));
  });

  it('grows past its capacity, whatever the mix of writes', () => {
    const sink = new ByteSink(4);
    const parts = ['ab', 'é'.repeat(50), '語'.repeat(700), '😀'.repeat(300)];
    for (const part of parts) {
      sink.writeText(part);
      sink.writeByte(0x2c);
      sink.writeBytes(utf8(part));
    }
    expect(sink.bytes()).toEqual(utf8(parts.map((p) => `${p},${p}`).join('')));
  });

  it('puts a header in front of what was written', () => {
    const sink = new ByteSink(8);
    sink.writeText('kept ');
    const start = sink.size;
    sink.writeText('body, long enough to fill the first buffer');
    sink.insertText(start, '@prefix ex: <http://example.org/é#> .\n');
    expect(sink.text()).toBe('kept @prefix ex: <http://example.org/é#> .\nbody, long enough to fill the first buffer');
  });

  it('hands out the bytes in a buffer of their own, which later writes leave alone', () => {
    const sink = new ByteSink(1024);
    sink.writeText('first');
    const bytes = sink.bytes();
    sink.writeText(' second');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(5);
    expect(new TextDecoder().decode(bytes)).toBe('first');
  });
});
