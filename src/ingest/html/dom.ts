import { createRequire } from 'node:module';

// Loaded on the first page, not at start-up: ingestion is synchronous, so no dynamic import, and
// a worker of a plain-text or JSON Lines corpus never needs the parser (~120 ms and ~25 MB).
const load = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;

/**
 * The few DOM members the HTML passes use, typed here because the project compiles without
 * the DOM library. linkedom builds the tree: it is lenient (unclosed and misnested tags
 * parse), fast and small, and runs no scripts and loads nothing.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Parses a page whose frame has been repaired (see skeleton.ts). */
export function parseDocument(html: string): DomDocument {
  linkedom ??= load('linkedom') as typeof import('linkedom');
  return (linkedom.parseHTML(html) as unknown as { document: DomDocument }).document;
}
