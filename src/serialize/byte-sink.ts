const DEFAULT_CAPACITY = 64 * 1024;

// A UTF-16 unit never takes more than 3 bytes in UTF-8 (a surrogate pair: 2 units, 4 bytes).
const MAX_BYTES_PER_UNIT = 3;

/**
 * A growing UTF-8 buffer the writers append to: no document string to build, flatten and
 * encode again. Whole strings go to Buffer#write, so a surrogate pair is always encoded as one
 * 4-byte sequence and a lone surrogate as U+FFFD, as TextEncoder does.
 */
export class ByteSink {
  private buffer: Buffer;
  private length = 0;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** One byte (an ASCII character code). */
  writeByte(byte: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = byte;
  }

  writeText(text: string): void {
    this.reserve(text.length * MAX_BYTES_PER_UNIT);
    this.length += this.buffer.write(text, this.length);
  }

  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Puts text in front of what was written from `at` on (a header known only at the end). */
  insertText(at: number, text: string): void {
    const bytes = Buffer.from(text);
    this.reserve(bytes.length);
    this.buffer.copy(this.buffer, at + bytes.length, at, this.length);
    this.buffer.set(bytes, at);
    this.length += bytes.length;
  }

  /** The bytes written so far, in a buffer of their own (it can be transferred to another thread). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.buffer.slice(this.buffer.byteOffset, this.buffer.byteOffset + this.length));
  }

  /** The bytes written so far, decoded: what the string API returns. */
  text(): string {
    return this.buffer.toString('utf8', 0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + extra));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
