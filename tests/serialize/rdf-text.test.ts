import { describe, expect, it } from 'vitest';
import { Writer } from 'n3';
import { DataFactory } from 'rdf-data-factory';
import type { Quad } from '@rdfjs/types';
import { orderQuads } from '../../src/graph/order.js';
import { writeRdfBytes, writeRdfText } from '../../src/serialize/rdf-text.js';
import { parseRdfText, quadLines } from '../helpers/rdf.js';

const df = new DataFactory();
const BASE = 'https://example.org/kg/';
const ex = (name: string) => df.namedNode(`https://example.org/kg/statement/${name}`);
const name = df.namedNode('https://schema.org/name');
const text = df.namedNode('https://schema.org/text');
const graph = df.namedNode('https://example.org/kg/article/a1');
const xsd = (type: string) => df.namedNode(`http://www.w3.org/2001/XMLSchema#${type}`);

/** Literals that take the escaping and the UTF-8 encoding through their corner cases. */
const WELL_FORMED: Quad[] = [
  df.quad(ex('s1'), name, df.literal('Zürich, São Paulo, Kraków — “curly” ‘quotes’ …', 'fr'), graph),
  df.quad(ex('s1'), text, df.literal('The flag 🇺🇦, a face 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 in one sentence.'), graph),
  df.quad(
    ex('s1'),
    text,
    df.literal('tab\there, newline\nthere, return\r, bell\u0007, nul\u0000, delete\u007f, backspace\b, form feed\f'),
    graph,
  ),
  df.quad(ex('s1'), text, df.literal('not characters: \uFFFE and \uFFFF, then \uFFFD'), graph),
  df.quad(ex('s1'), text, df.literal('She said "no" \\ then typed C:\\temp\\"x"\\'), graph),
  df.quad(ex('s1'), text, df.literal(''), graph),
  df.quad(ex('s2'), df.namedNode('https://schema.org/position'), df.literal('42', xsd('integer')), graph),
  df.quad(ex('s2'), df.namedNode('https://schema.org/dateCreated'), df.literal('2024-03-03', xsd('date')), graph),
  df.quad(ex('s2'), df.namedNode('https://schema.org/about'), df.namedNode('https://de.example.org/wiki/Zürich_(Stadt)'), graph),
  df.quad(df.namedNode('https://example.org/kg/Kraków'), name, df.literal('Kraków', 'pl'), df.defaultGraph()),
];

// Parsers relabel blank nodes: this one is left out of the graphs parsed back.
const BLANK = df.quad(df.blankNode('b0'), name, df.literal('a blank subject'), graph);

// Larger than the buffer a writer starts with, with multi-byte characters across every boundary.
const LONG = df.quad(ex('s3'), text, df.literal('Ünïcödé 😀 "quoted" \\ line\n'.repeat(3_000)), graph);

// JSON records can carry them (JSON.parse("\"\\ud800\"")): encoded as U+FFFD, as TextEncoder does.
const LONE_SURROGATES = df.quad(ex('s4'), text, df.literal('lone high \uD800, lone low \uDC00, reversed \uDE00\uD83D'), graph);

const utf8 = (value: string) => new TextEncoder().encode(value);
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const n3NQuads = (quads: readonly Quad[]) => new Writer({ format: 'N-Quads' }).quadsToString([...orderQuads(quads)]);

describe('N-Quads', () => {
  it('writes the bytes of N3.Writer canonical N-Quads, in UTF-8', () => {
    const quads = [...WELL_FORMED, BLANK, LONG, LONE_SURROGATES];
    expect(Buffer.from(writeRdfBytes(quads, 'nquads')).equals(utf8(n3NQuads(quads)))).toBe(true);
  });

  it('escapes control characters, quotes and backslashes as \\t, \\", \\\\ or \\uXXXX', () => {
    const lines = writeRdfText(WELL_FORMED, 'nquads').split('\n');
    expect(lines).toContain(
      '<https://example.org/kg/statement/s1> <https://schema.org/text> "tab\\there, newline\\nthere, return\\r, bell\\u0007, nul\\u0000, delete\\u007F, backspace\\b, form feed\\f" <https://example.org/kg/article/a1> .',
    );
    expect(lines).toContain(
      '<https://example.org/kg/statement/s1> <https://schema.org/text> "She said \\"no\\" \\\\ then typed C:\\\\temp\\\\\\"x\\"\\\\" <https://example.org/kg/article/a1> .',
    );
    expect(lines).toContain(
      '<https://example.org/kg/statement/s1> <https://schema.org/text> "not characters: \\uFFFE and \\uFFFF, then \uFFFD" <https://example.org/kg/article/a1> .',
    );
  });

  it('gives as text the decoded bytes: N3.Writer text, lone surrogates as U+FFFD', () => {
    const quads = [...WELL_FORMED, BLANK, LONG];
    expect(writeRdfText(quads, 'nquads')).toBe(n3NQuads(quads));
    expect(writeRdfText([LONE_SURROGATES], 'nquads')).toContain('"lone high \uFFFD, lone low \uFFFD, reversed \uFFFD\uFFFD"');
  });

  it('parses back to the same quads', () => {
    const quads = [...WELL_FORMED, LONG];
    expect(quadLines(parseRdfText(writeRdfText(quads, 'nquads'), 'N-Quads'))).toEqual(quadLines(quads));
  });
});

describe('Turtle and TriG', () => {
  for (const [format, parser] of [
    ['turtle', 'Turtle'],
    ['trig', 'TriG'],
  ] as const) {
    it(`${format}: the bytes are the UTF-8 of the text, and parse back to the same quads`, () => {
      const quads = [...WELL_FORMED, LONG];
      const bytes = writeRdfBytes(quads, format, { base: BASE });
      expect(decoded(bytes)).toBe(writeRdfText(quads, format, { base: BASE }));
      expect(quadLines(parseRdfText(decoded(bytes), parser))).toEqual(quadLines(quads, { dropGraph: format === 'turtle' }));
    });
  }

  it('declares the prefixes in use in front of the body', () => {
    const turtle = writeRdfText(WELL_FORMED, 'turtle', { base: BASE });
    expect(
      turtle.startsWith(
        '@prefix schema: <https://schema.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n@prefix statement: <https://example.org/kg/statement/> .\n\nstatement:s1 ',
      ),
    ).toBe(true);
  });

  it('encodes lone surrogates as U+FFFD', () => {
    expect(writeRdfText([LONE_SURROGATES], 'turtle')).toContain('"lone high \uFFFD, lone low \uFFFD, reversed \uFFFD\uFFFD"');
  });

  it('measures a line in characters, not bytes, to decide where to wrap', () => {
    const accented = (n: number) => df.literal(String.fromCharCode(0xe0 + n).repeat(25));
    const quads = [0, 1, 2].map((n) => df.quad(ex('s5'), name, accented(n), graph));
    // 90 characters but 168 bytes: one line.
    expect(writeRdfText(quads, 'turtle', { base: BASE })).toContain(
      `statement:s5 schema:name "${'à'.repeat(25)}", "${'á'.repeat(25)}", "${'â'.repeat(25)}" .`,
    );
  });
});
