/**
 * Writing graph strings into HTML. Every string read from a graph is hostile until escaped:
 * text and attribute values go through escapeHtml, links through safeHref, data for the page
 * script through jsonForScript.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type Attributes = Record<string, string | number | undefined>;

/** ` name="value"` for each defined value; names are the code's own, values are escaped. */
export function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out += ` ${name}="${escapeHtml(String(value))}"`;
  return out;
}

/** `<tag attrs>escaped text</tag>`. */
export function element(tag: string, attrs: Attributes, text: string): string {
  return `<${tag}${attributes(attrs)}>${escapeHtml(text)}</${tag}>`;
}

/** The IRI as a link target only when it is an absolute http(s) URL (never javascript:, data:, file:). */
export function safeHref(iri: string | undefined): string | undefined {
  if (!iri) return undefined;
  try {
    const url = new URL(iri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An outbound link (escaped), or the text alone when the IRI is not http(s). */
export function link(iri: string | undefined, text: string, attrs: Attributes = {}): string {
  const href = safeHref(iri);
  return href ? element('a', { href, rel: 'noopener noreferrer', ...attrs }, text) : escapeHtml(text);
}

/** JSON that can sit inside <script type="application/json">: no "</script>", no "<!--", no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
