import { open } from 'node:fs/promises';
import { NewskgError } from './errors.js';

/** A size as people read it in messages: "512 bytes", "3.5 KiB", "50 MiB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}

const CHUNK_BYTES = 1 << 20;

/**
 * A file's bytes, read up to a limit. The limit counts the bytes actually read, not the size the
 * file system reports: /dev/zero, a FIFO or /proc files say 0 and never end (or end late).
 * File-system errors are thrown as they are (callers name them: missing, unreadable); a file
 * over the limit is INPUT_TOO_LARGE naming the file.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > maxBytes) throw tooLarge(path, maxBytes, formatBytes(size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The chunks of a stream (standard input), up to a limit counted in bytes read. */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string>, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(name, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** `size` when the file system told it; otherwise the reading stopped at the limit. */
function tooLarge(name: string, maxBytes: number, size?: string): NewskgError {
  const problem = size
    ? `is ${size}, over the limit of ${formatBytes(maxBytes)}`
    : `is over the limit of ${formatBytes(maxBytes)} (reading stopped there)`;
  return new NewskgError('INPUT_TOO_LARGE', `${name} ${problem}`, { source: name });
}

/** A file-system error as the typed error every reader reports: missing, a folder, or unreadable (and why). */
export function fileError(path: string, cause: unknown): NewskgError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new NewskgError('INPUT_NOT_FOUND', `${path} does not exist`, { source: path }, { cause });
  if (code === 'EISDIR') return new NewskgError('INPUT_UNREADABLE', `${path} is a directory, not a file`, { source: path }, { cause });
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((cause as Error | undefined)?.message ?? String(cause));
  return new NewskgError('INPUT_UNREADABLE', `${path} cannot be read: ${reason}`, { source: path }, { cause });
}

/** How messages name standard input. */
export const STDIN_NAME = '<stdin>';

/** A whole small input ("-": standard input), up to a limit; a file-system error is fileError's. */
export async function readInputBounded(
  path: string,
  maxBytes: number,
  { stdin = () => process.stdin }: { stdin?: () => AsyncIterable<Buffer | string> } = {},
): Promise<Buffer> {
  if (path === '-') return readStreamBounded(stdin(), STDIN_NAME, maxBytes);
  try {
    return await readFileBounded(path, maxBytes);
  } catch (cause) {
    throw cause instanceof NewskgError ? cause : fileError(path, cause);
  }
}
