/**
 * Pass 1b of HTML ingest: elements nested deeper than MAX_NESTING are flattened into their
 * ancestor at that depth (their tags are cut, their text kept), as browsers do (Blink's parser
 * stops nesting at 512). Why: the parser and the DOM take time growing with the square of the
 * depth, Readability's cleaning with its cube, and parts of them recurse, so a page of 9,000
 * nested `<div>`s overflowed the stack and one of 45,000 took minutes. Saved news pages nest 13
 * to 23 deep once scripts are cut: for them this pass changes nothing.
 *
 * One linear scan of the tags with the parser's own rules for what a tag closes (htmlparser2,
 * which linkedom builds its tree from): void elements, start tags that close an open `<p>`, `<li>`
 * or table cell, end tags that close everything opened inside them.
 */

export const MAX_NESTING = 128;

// `<name ...>` or `</name ...>`; quoted attribute values may hold `>`. A tag with no `>` before the next `<` is text.
const TAG = /<(\/?)([A-Za-z][^\t\n\f\r />]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)(>)?/g;

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's openImpliesClose: a start tag closes the open element on top when it is one of these. */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag): [string, ReadonlySet<string>] => [tag, FORM]),
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((tag): [string, ReadonlySet<string>] => [tag, P]),
]);

/** The page with the tags of elements deeper than `maxDepth` cut; the same string when there are none. */
export function limitNesting(html: string, maxDepth = MAX_NESTING): string {
  // The open elements, outermost first, never more than maxDepth; those opened below them are only counted.
  const open: string[] = [];
  const cut = new Map<string, number>();
  let cutOpen = 0;
  let math = 0;
  const kept: string[] = [];
  let from = 0;
  // A run of cut tags becomes one space, which keeps the words on either side apart.
  const drop = (start: number, end: number): void => {
    if (start > from || kept.length === 0) kept.push(html.slice(from, start), ' ');
    from = end;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[4] === undefined) continue;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      const below = cut.get(name) ?? 0;
      if (below > 0) {
        // closes an element that was cut (the deepest open one of that name is below the kept ones)
        cut.set(name, below - 1);
        cutOpen--;
        drop(m.index, TAG.lastIndex);
        continue;
      }
      if (VOID.has(name)) continue;
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      for (let i = at; i < open.length; i++) if (open[i] === 'math') math--;
      open.length = at;
      // everything cut was inside it
      cut.clear();
      cutOpen = 0;
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes && cutOpen === 0) while (open.length > 0 && closes.has(open[open.length - 1]!)) open.pop();
    // Self-closing syntax counts only in foreign content (MathML; SVG is cut before this pass).
    if (VOID.has(name) || (math > 0 && m[3]!.endsWith('/'))) continue;
    if (cutOpen > 0 || open.length >= maxDepth) {
      cut.set(name, (cut.get(name) ?? 0) + 1);
      cutOpen++;
      drop(m.index, TAG.lastIndex);
      continue;
    }
    open.push(name);
    if (name === 'math') math++;
  }
  if (kept.length === 0) return html;
  kept.push(html.slice(from));
  return kept.join('');
}
