/**
 * Pass 1 of HTML ingest: cut scripts, styles and comments out of the page source before any
 * DOM is built. Why: news pages carry megabytes of inline JavaScript and JSON state
 * (`__NEXT_DATA__`, ad configs); building DOM nodes for them and letting Readability walk
 * them costs time and memory for text nobody reads. JSON-LD blocks are kept aside here,
 * as strings, because they hold the page's own article metadata.
 *
 * A linear scan with indexOf-style searches: an opener without its closer (a truncated
 * page) drops the rest of the input instead of searching again from every later `<`.
 */

export interface StrippedPage {
  html: string;
  /** Contents of `<script type="application/ld+json">` blocks, in page order. */
  jsonLd: string[];
}

// Elements whose content is never article text; `svg` path data can be as large as a script.
const OPENER = /<!--|<(script|style|noscript|template|svg|iframe|textarea)(?=[\s/>])([^>]*)>?/gi;
const JSON_LD_TYPE = /\btype\s*=\s*["']?\s*application\/ld\+json/i;

export function stripRawText(html: string): StrippedPage {
  const kept: string[] = [];
  const jsonLd: string[] = [];
  let from = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(html); m; m = OPENER.exec(html)) {
    kept.push(html.slice(from, m.index));
    const tag = m[1]?.toLowerCase();
    let contentStart = m.index + m[0].length;
    let end: number;
    let contentEnd: number;
    if (!tag) {
      const close = html.indexOf('-->', contentStart);
      contentEnd = close < 0 ? html.length : close;
      end = close < 0 ? html.length : close + 3;
    } else {
      if (!m[0].endsWith('>')) contentStart = html.length; // the opening tag itself is cut off
      const closer = new RegExp(`</${tag}\\s*>`, 'gi');
      closer.lastIndex = contentStart;
      const close = closer.exec(html);
      contentEnd = close ? close.index : html.length;
      end = close ? close.index + close[0].length : html.length;
      if (tag === 'script' && JSON_LD_TYPE.test(m[2] ?? '') && contentEnd > contentStart) jsonLd.push(html.slice(contentStart, contentEnd));
    }
    // A space keeps the words on either side of a removed element apart.
    kept.push(' ');
    from = end;
    OPENER.lastIndex = end;
  }
  kept.push(html.slice(from));
  return { html: kept.join(''), jsonLd };
}
