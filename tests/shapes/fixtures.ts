/**
 * Fixture files for the shape tests: tests/shapes/fixtures/<ShapeName>/{valid,invalid}-*.ttl,
 * each validated merged with fixtures/base.ttl (a complete conforming article graph).
 * An invalid fixture lists the results it must produce, one per line:
 *   # expect: <Severity> <focus node> <path or -> <constraint component, without "ConstraintComponent">
 * Names are prefixed (ex:, newskg:, schema:, ...) or <full IRIs>; `_:` stands for any blank node.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

const PREFIXES: Record<string, string> = {
  ex: 'https://example.org/',
  newskg: 'https://w3id.org/newskg/ontology#',
  nkst: 'https://w3id.org/newskg/statement-type/',
  nket: 'https://w3id.org/newskg/event-type/',
  nkfa: 'https://w3id.org/newskg/factuality/',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

export interface Fixture {
  shape: string;
  name: string;
  file: string;
  about: string;
  valid: boolean;
  /** Sorted `Severity focus path Component` keys. */
  expected: string[];
  quads: Quad[];
}

export function expandName(name: string): string {
  if (name === '-' || name === '_:') return name;
  const iri = /^<(.*)>$/.exec(name);
  if (iri) return iri[1]!;
  const [prefix, local] = name.split(/:(.*)/s);
  const base = PREFIXES[prefix!];
  if (base === undefined || local === undefined) throw new Error(`unknown prefix in fixture expectation: ${name}`);
  return base + local;
}

export function resultKey(severity: string, focusNode: string, path: string | undefined, component: string): string {
  const focus = focusNode.startsWith('_:') ? '_:' : focusNode;
  const shortComponent = component.replace('http://www.w3.org/ns/shacl#', '').replace(/ConstraintComponent$/, '');
  return `${severity} ${focus} ${path ?? '-'} ${shortComponent}`;
}

function parseExpectations(text: string, file: string): string[] {
  const keys: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^# expect: (.*)$/.exec(line);
    if (!m) continue;
    const parts = m[1]!.trim().split(/\s+/);
    if (parts.length !== 4) throw new Error(`${file}: malformed expectation "${line}"`);
    const [severity, focus, path, component] = parts as [string, string, string, string];
    keys.push(resultKey(severity, expandName(focus), path === '-' ? undefined : expandName(path), component));
  }
  return keys.sort();
}

function parseTurtle(text: string, file: string): Quad[] {
  return new Parser({ format: 'Turtle', baseIRI: 'file://' + file }).parse(text) as Quad[];
}

export const baseQuads: Quad[] = parseTurtle(readFileSync(join(FIXTURES_DIR, 'base.ttl'), 'utf8'), 'base.ttl');

export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const shape of readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const fileName of readdirSync(join(FIXTURES_DIR, shape))
      .filter((f) => f.endsWith('.ttl'))
      .sort()) {
      const file = join(FIXTURES_DIR, shape, fileName);
      const text = readFileSync(file, 'utf8');
      const about = text
        .split('\n')
        .filter((l) => l.startsWith('# ') && !l.startsWith('# expect:') && !l.startsWith('# Valid:'))
        .map((l) => l.slice(2))
        .join(' ');
      fixtures.push({
        shape,
        name: fileName.replace(/\.ttl$/, ''),
        file,
        about,
        valid: fileName.startsWith('valid-'),
        expected: parseExpectations(text, file),
        quads: [...baseQuads, ...parseTurtle(text, file)],
      });
    }
  }
  return fixtures;
}
