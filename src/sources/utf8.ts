/**
 * Where UTF-8 decoding fails. TextDecoder({fatal: true}) only says that it failed; the
 * error message should say where, so this validator finds the first bad sequence
 * (overlong forms, surrogates and code points above U+10FFFF are bad, as in the decoder).
 */

export interface Utf8Problem {
  /** Byte offset of the first byte of the bad sequence. */
  offset: number;
  /** The bytes at that offset, as hex ("E9 20"). */
  bytes: string;
}

export function findInvalidUtf8(bytes: Uint8Array): Utf8Problem | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else {
      return problem(bytes, i, 1);
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return problem(bytes, i, k + (c === undefined ? 0 : 1));
    }
    i += need + 1;
  }
  return undefined;
}

function problem(bytes: Uint8Array, offset: number, length: number): Utf8Problem {
  const shown = Array.from(bytes.subarray(offset, offset + Math.max(1, Math.min(length, 4))), (b) =>
    b.toString(16).toUpperCase().padStart(2, '0'),
  );
  return { offset, bytes: shown.join(' ') };
}
