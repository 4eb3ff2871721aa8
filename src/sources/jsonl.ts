import { NewskgError } from '../core/errors.js';
import { formatBytes } from '../core/files.js';
import { lineId, recordFailure, recordId, recordToItem, type RecordPlace } from './records.js';
import { streamLines } from './lines.js';
import type { SourceItem } from './types.js';

/**
 * A JSON Lines corpus, streamed: one record read, checked and yielded at a time, so a file
 * of any size is read in constant memory (apart from the set of ids seen, kept to report
 * duplicates). Blank lines are skipped. Every bad line is yielded as a failure with its line
 * number and the reading goes on; a file with no line but blank ones is one INPUT_EMPTY failure.
 */

export interface JsonLinesOptions {
  /** The file ("-" for standard input). */
  file: string;
  /** How the file is named in messages and SourceInfo.name. */
  fileName: string;
  /** The id a failure of the whole file carries (the file's own id among the inputs). */
  fileId: string;
  maxBytes: number;
}

export async function* readJsonLines(chunks: AsyncIterable<Buffer | string>, options: JsonLinesOptions): AsyncGenerator<SourceItem> {
  const firstLineOf = new Map<string, number>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  for await (const line of streamLines(chunks, options.maxBytes)) {
    const place: RecordPlace = { file: options.file, fileName: options.fileName, line: line.number };
    if (!line.bytes) {
      lines++;
      yield recordFailure(
        place,
        lineId(line.number),
        'INPUT_TOO_LARGE',
        `the record is ${formatBytes(line.length)}, over the limit of ${formatBytes(options.maxBytes)}`,
      );
      continue;
    }
    let json: string;
    try {
      json = decoder.decode(line.bytes);
    } catch {
      lines++;
      yield recordFailure(place, lineId(line.number), 'INPUT_ENCODING', 'the line is not valid UTF-8; save the file as UTF-8');
      continue;
    }
    if (line.number === 1) json = json.replace(/^\uFEFF/, '');
    if (json.trim() === '') continue;
    lines++;
    let record: unknown;
    try {
      record = JSON.parse(json);
    } catch (error) {
      yield recordFailure(place, lineId(line.number), 'RECORD_INVALID', `not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      yield recordFailure(place, lineId(line.number), 'RECORD_INVALID', 'a JSON Lines record must be a JSON object');
      continue;
    }
    const fields = record as Record<string, unknown>;
    const id = recordId(fields, line.number);
    if (id === undefined) {
      yield recordFailure(
        place,
        lineId(line.number),
        'RECORD_INVALID',
        `"id" must be a non-empty string or a number, not ${JSON.stringify(fields['id'])}`,
      );
      continue;
    }
    const first = firstLineOf.get(id);
    if (first !== undefined) {
      yield recordFailure(place, id, 'RECORD_INVALID', `duplicate id "${id}" (first used on line ${first}); the record is skipped`);
      continue;
    }
    firstLineOf.set(id, line.number);
    yield recordToItem(fields, id, place);
  }
  if (lines === 0) {
    const source = options.file === '-' ? options.fileName : options.file;
    const error = new NewskgError('INPUT_EMPTY', `${options.fileName} holds no JSON Lines records (it is empty or blank)`, { source });
    yield { ok: false, id: options.fileId, file: options.file, error };
  }
}
