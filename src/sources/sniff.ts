/**
 * Format detection from the first kilobyte of an input. Why not the file extension: corpora
 * arrive as `.txt` files holding HTML, `.json` files holding JSON Lines, or on standard input
 * with no name at all.
 */

export type DetectedFormat = 'text' | 'html' | 'jsonl';

/** Bytes read to decide. */
export const SNIFF_BYTES = 1024;

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|head|body|meta|title|link|article|section|header|footer|nav|main|aside|ul|ol|li|img|figure|figcaption|table|tr|td|em|strong|b|i|blockquote|script|style)(?:\s[^<>]*)?\/?>/gi;
/** Tags in the first kilobyte from which a page without a doctype is taken for HTML. */
const MIN_TAGS = 5;
// A first line cut off by the sniff window can still be recognised by its opening key.
const JSON_OBJECT_START = /^\{\s*"(?:[^"\\]|\\.)*"\s*:/;

export function sniffFormat(head: string): DetectedFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    const newline = start.search(/\r?\n/);
    const firstLine = newline < 0 ? start : start.slice(0, newline);
    if (isJsonObject(firstLine) || (newline < 0 && JSON_OBJECT_START.test(firstLine))) return 'jsonl';
  }
  if (HTML_START.test(start)) return 'html';
  let tags = 0;
  HTML_TAG.lastIndex = 0;
  while (HTML_TAG.exec(start) !== null) if (++tags >= MIN_TAGS) return 'html';
  return 'text';
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
