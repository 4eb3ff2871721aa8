/**
 * Pass 2 of HTML ingest: give the page the `<html><head>…</head><body>…</body></html>` frame
 * a browser would infer. Why: linkedom builds the tree as written and does not insert the
 * implied elements, so a fragment, a page without `<body>`, or a truncated page would have
 * no `document.body` and Readability would find nothing. Everything before `<body>` (or
 * `</head>`) is head; the rest is body; stray structure tags are dropped.
 */

const HTML_OPEN = /<html\b([^>]*)>/i;
const BODY_OPEN = /<body\b([^>]*)>/i;
const HEAD_END = /<\/head\s*>/i;
const STRUCTURE = /<!doctype[^>]*>|<\?xml[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi;
const TITLE = /<title\b[^>]*>[\s\S]*?(?:<\/title\s*>|$)/i;

export function repairSkeleton(html: string): string {
  const htmlAttributes = HTML_OPEN.exec(html)?.[1] ?? '';
  let head = '';
  let body = html;
  let bodyAttributes = '';
  const bodyOpen = BODY_OPEN.exec(html);
  const headEnd = bodyOpen ? undefined : HEAD_END.exec(html);
  if (bodyOpen) {
    head = html.slice(0, bodyOpen.index);
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
    bodyAttributes = bodyOpen[1] ?? '';
  } else if (headEnd) {
    head = html.slice(0, headEnd.index);
    body = html.slice(headEnd.index + headEnd[0].length);
  } else {
    // No frame at all: the document title still belongs in the head, where document.title looks.
    const title = TITLE.exec(html);
    if (title) {
      head = title[0];
      body = html.slice(0, title.index) + ' ' + html.slice(title.index + title[0].length);
    }
  }
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head.replace(STRUCTURE, ' ')}</head><body${bodyAttributes}>${body.replace(STRUCTURE, ' ')}</body></html>`;
}
