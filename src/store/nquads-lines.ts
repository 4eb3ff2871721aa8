/**
 * N-Quads read line by line, without building RDF terms: a corpus stream holds tens of millions
 * of lines, and a load only needs each line's triple as N-Triples text and the name of its graph.
 * Every term is still checked as strictly as checkTerms does for parsed data (absolute RFC 3987
 * IRIs, language tags, blank node labels, literals closed by an unescaped quote), so nothing that
 * could end a term early reaches a request body. One pass over the line, no backtracking.
 */
import { NewskgError } from '../core/errors.js';
import { isAbsoluteIri, showIri } from '../core/iri.js';

export interface QuadLine {
  /** `S P O .` as N-Triples. */
  triple: string;
  /** The graph IRI; undefined for a triple in the default graph. */
  graph: string | undefined;
}

export interface LineLocation {
  source: string;
  line?: number;
}

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const BLANK_LABEL = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/**
 * Splits one N-Quads line; undefined for a blank or comment line. Throws RDF_PARSE naming
 * the file and line for anything else that is not a quad. `checkedIris` remembers IRIs already found
 * valid (a caller clears it now and then to bound its size).
 */
export function splitQuadLine(line: string, where: LineLocation, checkedIris: Set<string> = new Set()): QuadLine | undefined {
  const scanner = new LineScanner(line, where, checkedIris);
  scanner.spaces();
  if (scanner.done() || scanner.peek() === '#') return undefined;
  const start = scanner.position;
  scanner.subject();
  scanner.spaces();
  scanner.iri();
  scanner.spaces();
  scanner.object();
  const end = scanner.position;
  scanner.spaces();
  const graph = scanner.peek() === '<' ? scanner.iri() : undefined;
  scanner.spaces();
  scanner.expect('.');
  scanner.spaces();
  if (!scanner.done() && scanner.peek() !== '#') scanner.fail('text after the final "."');
  return { triple: `${line.slice(start, end)} .`, graph };
}

class LineScanner {
  position = 0;

  constructor(
    private readonly line: string,
    private readonly where: LineLocation,
    private readonly checkedIris: Set<string>,
  ) {}

  done(): boolean {
    return this.position >= this.line.length;
  }

  peek(): string {
    return this.line[this.position] ?? '';
  }

  spaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.position++;
  }

  expect(char: string): void {
    if (this.peek() !== char) this.fail(`"${char}" expected`);
    this.position++;
  }

  subject(): void {
    if (this.peek() === '_') this.blank();
    else this.iri();
  }

  object(): void {
    const next = this.peek();
    if (next === '"') this.literal();
    else if (next === '_') this.blank();
    else this.iri();
  }

  /** `<...>`: returns the IRI. */
  iri(): string {
    this.expect('<');
    const close = this.line.indexOf('>', this.position);
    if (close < 0) this.fail('an IRI is not closed');
    const value = this.line.slice(this.position, close);
    this.position = close + 1;
    if (!this.checkedIris.has(value)) {
      if (!isAbsoluteIri(value)) this.fail(`<${showIri(value)}> is not an absolute IRI (RFC 3987)`);
      this.checkedIris.add(value);
    }
    return value;
  }

  blank(): void {
    this.expect('_');
    this.expect(':');
    const from = this.position;
    while (!this.done() && !/[\s<>"]/.test(this.peek())) this.position++;
    // a label may not end with ".": the statement's final dot stays outside it
    while (this.position > from && this.line[this.position - 1] === '.') this.position--;
    const label = this.line.slice(from, this.position);
    if (!BLANK_LABEL.test(label)) this.fail(`_:${showIri(label)} is not a blank node label`);
  }

  literal(): void {
    this.expect('"');
    for (;;) {
      if (this.done()) this.fail('a literal is not closed');
      const char = this.line[this.position++];
      if (char === '\\') this.position++;
      else if (char === '"') break;
    }
    if (this.peek() === '@') {
      const from = ++this.position;
      while (/[A-Za-z0-9-]/.test(this.peek())) this.position++;
      const tag = this.line.slice(from, this.position);
      if (!LANGUAGE_TAG.test(tag)) this.fail(`"${showIri(tag)}" is not a language tag`);
    } else if (this.peek() === '^') {
      this.expect('^');
      this.expect('^');
      this.iri();
    }
  }

  fail(why: string): never {
    throw new NewskgError('RDF_PARSE', `not an N-Quads statement: ${why}`, { ...this.where, column: this.position + 1 });
  }
}
