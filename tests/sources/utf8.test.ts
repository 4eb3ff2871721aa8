import { describe, expect, it } from 'vitest';
import { findInvalidUtf8 } from '../../src/sources/utf8.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('findInvalidUtf8', () => {
  it('accepts valid UTF-8 of every length', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('a é — 𝄞'))).toBeUndefined();
  });

  it('reports a Latin-1 byte with its offset', () => {
    expect(findInvalidUtf8(bytes(0x63, 0x61, 0x66, 0xe9, 0x20))).toEqual({ offset: 3, bytes: 'E9 20' });
  });

  it('reports a truncated sequence at the end', () => {
    expect(findInvalidUtf8(bytes(0x61, 0xe2, 0x80))?.offset).toBe(1);
  });

  it('rejects overlong forms and surrogates as the decoder does', () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))?.offset).toBe(0);
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))?.offset).toBe(0);
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))?.offset).toBe(0);
  });
});
