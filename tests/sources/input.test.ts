import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isNewskgError, type ErrorCode } from '../../src/core/errors.js';
import { decodeInput, readTextInput } from '../../src/sources/input.js';

const encode = (text: string) => new TextEncoder().encode(text);

function codeOf(run: () => unknown): ErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (isNewskgError(error)) {
      expect(error.message).toContain('a.txt');
      expect(error.message).not.toContain('\n');
      return error.code;
    }
    throw error;
  }
  return undefined;
}

describe('decodeInput', () => {
  it('returns the text unchanged, CRLF included', () => {
    expect(decodeInput(encode('Headline\r\n\r\nBody.'), 'a.txt')).toEqual({
      raw: 'Headline\r\n\r\nBody.',
      source: { name: 'a.txt', format: 'text' },
    });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Text')]), 'a.txt').raw).toBe('Text');
  });

  it.each<[string, Uint8Array, ErrorCode]>([
    ['an empty file', new Uint8Array(), 'INPUT_EMPTY'],
    ['whitespace only', encode(' \r\n\t\n'), 'INPUT_EMPTY'],
    ['a NUL byte', encode('PK\u0000\u0003zip'), 'INPUT_BINARY'],
    ['mostly control characters', new Uint8Array([1, 2, 3, 4, 5, 6, 0x41, 0x42, 7, 8]), 'INPUT_BINARY'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'INPUT_ENCODING'],
    ['Latin-1 bytes', new Uint8Array([...encode('caf'), 0xe9]), 'INPUT_ENCODING'],
  ])('rejects %s', (_what, data, code) => {
    expect(codeOf(() => decodeInput(data, 'a.txt'))).toBe(code);
  });

  it('reports where the bad UTF-8 is', () => {
    try {
      decodeInput(new Uint8Array([...encode('line one\nline two caf'), 0xe9, 0x20]), 'a.txt');
      expect.unreachable();
    } catch (error) {
      expect(isNewskgError(error) && error.location).toEqual({ source: 'a.txt', offset: 21, line: 2 });
      expect((error as Error).message).toContain('byte offset 21');
    }
  });

  it('rejects input over the size limit', () => {
    expect(codeOf(() => decodeInput(encode('0123456789'), 'a.txt', { maxBytes: 5 }))).toBe('INPUT_TOO_LARGE');
  });
});

describe('readTextInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function codeOfRead(path: string, options = {}): Promise<ErrorCode | undefined> {
    try {
      await readTextInput(path, options);
    } catch (error) {
      if (isNewskgError(error)) {
        expect(error.message).toContain(path);
        return error.code;
      }
      throw error;
    }
    return undefined;
  }

  it('reads a text file', async () => {
    const path = join(dir, 'ok.txt');
    writeFileSync(path, 'Headline\n\nBody.');
    expect(await readTextInput(path)).toEqual({ raw: 'Headline\n\nBody.', source: { name: path, format: 'text' } });
  });

  it('rejects a missing file', async () => {
    expect(await codeOfRead(join(dir, 'missing.txt'))).toBe('INPUT_NOT_FOUND');
  });

  it('rejects a directory', async () => {
    expect(await codeOfRead(dir)).toBe('INPUT_UNREADABLE');
  });

  it.skipIf(process.getuid?.() === 0)('rejects a file without read permission', async () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, 'secret');
    chmodSync(path, 0o000);
    expect(await codeOfRead(path)).toBe('INPUT_UNREADABLE');
  });

  it('rejects a file over the limit before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(100));
    expect(await codeOfRead(path, { maxBytes: 10 })).toBe('INPUT_TOO_LARGE');
  });
});
