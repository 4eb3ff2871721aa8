import { NewskgError } from '../core/errors.js';
import { readStreamBounded, STDIN_NAME } from '../core/files.js';
import { decodeArticle, type FileReadOptions } from './files.js';
import { readJsonLines } from './jsonl.js';
import { sniffFormat, SNIFF_BYTES, type DetectedFormat } from './sniff.js';
import type { SourceItem } from './types.js';

/**
 * Standard input ("-"): the first kilobyte decides the format; JSON Lines then streams
 * record by record (a corpus can be piped in), text or HTML is read up to the size limit
 * and is one article named "<stdin>".
 */

export async function* readStreamItems(stream: AsyncIterable<Buffer | string>, options: FileReadOptions): AsyncGenerator<SourceItem> {
  const failure = (error: NewskgError): SourceItem => ({ ok: false, id: '-', file: '-', error });
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  try {
    while (headLength < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
      head.push(chunk);
      headLength += chunk.length;
    }
  } catch (cause) {
    yield failure(
      new NewskgError('INPUT_UNREADABLE', `${STDIN_NAME} cannot be read: ${(cause as Error).message}`, { source: STDIN_NAME }, { cause }),
    );
    return;
  }
  const format: DetectedFormat =
    options.inputFormat === 'auto'
      ? sniffFormat(new TextDecoder('utf-8').decode(Buffer.concat(head).subarray(0, SNIFF_BYTES)))
      : options.inputFormat;
  const chunks = replay(head, ended ? undefined : iterator);
  if (format === 'jsonl') {
    yield* readJsonLines(chunks, { file: '-', fileName: STDIN_NAME, fileId: '-', maxBytes: options.maxBytes });
    return;
  }
  try {
    const raw = decodeArticle(await readStreamBounded(chunks, STDIN_NAME, options.maxBytes), STDIN_NAME, format, options.maxBytes);
    yield { ok: true, id: '-', file: '-', input: { raw, source: { name: STDIN_NAME, format, file: '-' } } };
  } catch (error) {
    yield failure(
      error instanceof NewskgError
        ? error
        : new NewskgError(
            'INPUT_UNREADABLE',
            `${STDIN_NAME} cannot be read: ${(error as Error).message}`,
            { source: STDIN_NAME },
            { cause: error },
          ),
    );
  }
}

/** The chunks read to sniff, then the rest of the stream. */
async function* replay(head: readonly Buffer[], rest: AsyncIterator<Buffer | string> | undefined): AsyncGenerator<Buffer> {
  yield* head;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
  }
}
