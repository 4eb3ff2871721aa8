import { NewskgError } from '../core/errors.js';
import { fileError, formatBytes, readFileBounded } from '../core/files.js';
import type { SourceInfo } from '../core/types.js';
import { findInvalidUtf8 } from './utf8.js';

/**
 * Reading an input file as text. Every failure is a NewskgError whose one-line message
 * names the file and the problem.
 *
 * A UTF-8 byte order mark is removed, so offsets in the SourceDocument count from the
 * first character after the BOM (one less than a count that includes it). Nothing else
 * is changed: line endings (CRLF or LF) stay as they are.
 */

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Longest article text read, in UTF-16 code units: 1 Mi, about 170,000 words. The longest news
 * features run to 20,000 words; the 50 MiB limit on files is for pages, whose markup is most of
 * their size. Its graph is held in memory as one unit, and a megabyte of text dense with names
 * and quotes makes about a million triples (~750 MB while validated and written), so a longer
 * "article" (a book, a dump of a whole site) is refused rather than left to exhaust memory.
 */
export const MAX_ARTICLE_CHARS = 1024 * 1024;

export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 50 MiB). */
  maxBytes?: number;
  /** The format recorded in SourceInfo (default 'text'). */
  format?: SourceInfo['format'];
}

export interface TextInput {
  raw: string;
  source: SourceInfo;
}

/** Decodes the bytes of one input (pure): checks size, emptiness, binary content and UTF-8. */
export function decodeInput(bytes: Uint8Array, name: string, options: DecodeOptions = {}): TextInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { source: name };
  if (bytes.length > maxBytes) {
    throw new NewskgError('INPUT_TOO_LARGE', `${name} is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(maxBytes)}`, where);
  }
  if (bytes.length === 0) throw new NewskgError('INPUT_EMPTY', `${name} is empty`, where);
  const utf16 = utf16Bom(bytes);
  if (utf16) throw new NewskgError('INPUT_ENCODING', `${name} is ${utf16}, not UTF-8; save it as UTF-8`, { ...where, offset: 0 });
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new NewskgError('INPUT_BINARY', `${name} is binary, not text (NUL byte at byte offset ${nul})`, { ...where, offset: nul });
  const share = controlShare(bytes);
  if (share > 0.1) {
    throw new NewskgError('INPUT_BINARY', `${name} is binary, not text (${Math.round(share * 100)}% control characters)`, where);
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const bad = findInvalidUtf8(bytes) ?? { offset: 0, bytes: '?' };
    const line = countLines(bytes, bad.offset);
    throw new NewskgError(
      'INPUT_ENCODING',
      `${name} is not valid UTF-8: bad byte sequence ${bad.bytes} at byte offset ${bad.offset} (line ${line}); save it as UTF-8`,
      { ...where, offset: bad.offset, line },
      { cause },
    );
  }
  if (raw.trim() === '') throw new NewskgError('INPUT_EMPTY', `${name} holds only whitespace`, where);
  return { raw, source: { name, format: options.format ?? 'text' } };
}

/** Reads and decodes one file. Rejects with INPUT_NOT_FOUND, INPUT_UNREADABLE or a decodeInput error. */
export async function readTextInput(path: string, options: DecodeOptions = {}): Promise<TextInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBounded(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (cause) {
    throw cause instanceof NewskgError ? cause : fileError(path, cause);
  }
  return decodeInput(bytes, path, options);
}

function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  return undefined;
}

/** Share of C0 control bytes other than tab, line feed, vertical tab, form feed and carriage return (first 64 KiB). */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  return control / sample.length;
}

function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
