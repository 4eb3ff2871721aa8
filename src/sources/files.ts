import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isNewskgError, NewskgError } from '../core/errors.js';
import { fileError, readFileBounded } from '../core/files.js';
// ingest's leaf modules, not its index: reading sources on the main thread must not load the HTML parser.
import { decodeInput } from './input.js';
import { readJsonLines } from './jsonl.js';
import { sniffFormat, SNIFF_BYTES, type DetectedFormat } from './sniff.js';
import type { InputFormat, SourceItem } from './types.js';

/**
 * One file -> its items: a JSON Lines file streams its records; a text or HTML file is read
 * whole (up to the size limit) and is one article. A `.jsonl` or `.ndjson` name means JSON Lines
 * (a broken first line is then that line's error, not a reason to read the corpus as one text);
 * otherwise the format is sniffed from the first kilobyte, unless the caller forces it.
 */

const JSON_LINES_NAME = /\.(?:jsonl|ndjson)$/i;

export interface FileReadOptions {
  inputFormat: InputFormat;
  maxBytes: number;
}

export async function* readFileItems(path: string, id: string, options: FileReadOptions): AsyncGenerator<SourceItem> {
  const failure = (error: unknown): SourceItem => ({ ok: false, id, file: path, error: asNewskgError(error, path) });
  let format: DetectedFormat;
  try {
    format =
      options.inputFormat !== 'auto' ? options.inputFormat : JSON_LINES_NAME.test(path) ? 'jsonl' : sniffFormat(await readHead(path));
  } catch (error) {
    yield failure(error);
    return;
  }
  if (format === 'jsonl') {
    // The stream errors (a file removed mid-read, EIO) end this file with one failure.
    try {
      yield* readJsonLines(createReadStream(path, { highWaterMark: 256 * 1024 }), {
        file: path,
        fileName: path,
        fileId: id,
        maxBytes: options.maxBytes,
      });
    } catch (error) {
      yield failure(error);
    }
    return;
  }
  try {
    const raw = await readWhole(path, format, options.maxBytes);
    yield { ok: true, id, file: path, input: { raw, source: { name: path, format, file: path } } };
  } catch (error) {
    yield failure(error);
  }
}

async function readHead(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead));
  } catch (cause) {
    throw fileError(path, cause);
  } finally {
    await handle?.close();
  }
}

async function readWhole(path: string, format: 'text' | 'html', maxBytes: number): Promise<string> {
  try {
    return decodeArticle(await readFileBounded(path, maxBytes), path, format, maxBytes);
  } catch (cause) {
    throw isNewskgError(cause) ? cause : fileError(path, cause);
  }
}

/**
 * Decodes an article's bytes as UTF-8 (see decodeInput); an HTML page that is not UTF-8 is
 * decoded by the charset its `<meta>` declares ("windows-1252", "iso-8859-1", "shift_jis"...).
 */
export function decodeArticle(bytes: Uint8Array, name: string, format: 'text' | 'html', maxBytes: number): string {
  try {
    return decodeInput(bytes, name, { maxBytes, format }).raw;
  } catch (error) {
    if (format !== 'html' || !isNewskgError(error) || error.code !== 'INPUT_ENCODING') throw error;
    const charset = declaredCharset(bytes);
    if (!charset || /^utf-?8$/i.test(charset)) throw error;
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      throw error;
    }
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
}

function asNewskgError(error: unknown, path: string): NewskgError {
  if (isNewskgError(error)) return error;
  if ((error as NodeJS.ErrnoException | undefined)?.code) return fileError(path, error);
  return new NewskgError(
    'INPUT_UNREADABLE',
    `${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    { source: path },
    { cause: error },
  );
}
