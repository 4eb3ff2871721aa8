/**
 * Text from the input (a file name, an id, a literal, a store's error page) as it may be printed:
 * control characters and the bidirectional overrides shown as `\uXXXX`, so that no input can move
 * the cursor, recolour or retitle a terminal, or make a line read differently from what it holds.
 */

// C0 controls but tab and line feed, DEL, C1 controls, bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string, options: { multiline?: boolean } = {}): string {
  const escaped = text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return options.multiline ? escaped : escaped.replace(/\n/g, '\\n');
}
