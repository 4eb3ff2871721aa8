/**
 * Lines of a byte stream, for JSON Lines. Why not node:readline: it keeps a line in memory
 * however long it grows, so one corrupt gigabyte without a newline would be read whole.
 * Here a line longer than the limit is counted, not kept, and reported as too long; memory
 * stays at one line plus one chunk.
 */

export interface StreamLine {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without its "\n" or "\r\n"; absent when the line was too long. */
  bytes?: Buffer;
  /** Length of the line in bytes. */
  length: number;
}

export async function* streamLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const finish = (): StreamLine => {
    number++;
    if (length > maxBytes) {
      const line = { number, length };
      parts = [];
      length = 0;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    length = 0;
    return { number, bytes, length: bytes.length };
  };
  const keep = (piece: Buffer): void => {
    length += piece.length;
    if (length > maxBytes) parts = [];
    else if (piece.length > 0) parts.push(piece);
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buffer.indexOf(0x0a, from); nl >= 0; nl = buffer.indexOf(0x0a, from)) {
      keep(buffer.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    // Copy the tail: a subarray would pin the whole chunk while the line goes on.
    if (from < buffer.length) keep(Buffer.from(buffer.subarray(from)));
  }
  if (length > 0) yield finish();
}
