import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.js';

/**
 * The article as plain text, laid out the way the plain-text passes expect a copied page:
 * headline, byline, then one block element per paragraph, blocks separated by a blank line,
 * `<br>` as a line break, whitespace collapsed, entities decoded (by the parser). This text
 * is `SourceDocument.text`: every span points into it.
 */

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELLS = new Set(['td', 'th']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'input', 'textarea', 'iframe']);
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The text of each block under `root`, in document order; empty blocks are left out. */
export function textBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let buffer = '';
  let pre = 0;
  const flush = (): void => {
    const lines = buffer
      .replace(INVISIBLE, '')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) blocks.push(lines.join('\n'));
    buffer = '';
  };
  // An explicit stack: pages nest thousands of elements deep without harm to the walk.
  const stack: Array<{ node: DomNode; leave: boolean }> = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += pre > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeName.toLowerCase();
    if (leave) {
      if (tag === 'pre') pre--;
      if (BLOCKS.has(tag)) flush();
      else if (CELLS.has(tag)) buffer += ' ';
      continue;
    }
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      buffer += '\n';
      continue;
    }
    if (BLOCKS.has(tag)) flush();
    if (tag === 'pre') pre++;
    stack.push({ node, leave: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
  }
  flush();
  return blocks;
}

function comparable(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface ArticleTextParts {
  headline?: string;
  /** A byline the extractor took out of the body ("By Jane Doe"); kept only when the blocks do not print it. */
  byline?: string;
  blocks: readonly string[];
}

/**
 * Joins headline, byline and blocks. The headline is not repeated when one of the first
 * blocks already is the headline (Readability keeps the page's `<h1>` in some layouts).
 */
export function buildArticleText(parts: ArticleTextParts): string {
  const out: string[] = [];
  const { headline, byline, blocks } = parts;
  const head = headline ? comparable(headline) : '';
  if (headline && head !== '' && !blocks.slice(0, 3).some((block) => comparable(block) === head))
    out.push(headline.replace(/\s+/g, ' ').trim());
  if (byline) {
    const by = comparable(byline);
    if (by !== '' && !blocks.some((block) => comparable(block).includes(by))) out.push(byline.trim());
  }
  return [...out, ...blocks].join('\n\n');
}
