import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { formatReport, reportToTurtle, validateGraph } from '../../src/validate/index.js';
import { baseQuads } from '../shapes/fixtures.js';
import { FLAWED, shuffled, turtle } from './helpers.js';

const flawed = [...baseQuads, ...turtle(FLAWED)];

describe('formatReport', () => {
  it('prints one line per result: severity, focus node, path and message', () => {
    const lines = formatReport(validateGraph(flawed)).split('\n');
    expect(lines).toContain(
      'Violation <https://example.org/statement2> newskg:speaker: A statement must have exactly one newskg:speaker, a newskg:Actor.',
    );
    expect(lines).toContain(
      'Warning   <https://example.org/carol> schema:url: Google recommends a schema:url for each author of an article (a profile page).',
    );
  });

  it('shows the offending value', () => {
    expect(formatReport(validateGraph(flawed))).toContain('[value: "1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>]');
  });

  it('lists violations before warnings and ends with a summary', () => {
    const lines = formatReport(validateGraph(flawed)).split('\n');
    expect(lines.at(-1)).toBe('Does not conform: 2 violation(s), 1 warning(s), 0 info(s)');
    expect(lines.findIndex((l) => l.startsWith('Warning'))).toBeGreaterThan(lines.findLastIndex((l) => l.startsWith('Violation')));
  });

  it('gives the same text whatever the order of the input quads', () => {
    const expected = formatReport(validateGraph(flawed));
    for (const seed of [1, 2, 3]) expect(formatReport(validateGraph(shuffled(flawed, seed)))).toBe(expected);
  });

  it('sorts results the caller reordered', () => {
    const outcome = validateGraph(flawed);
    expect(formatReport({ ...outcome, results: [...outcome.results].reverse() })).toBe(formatReport(outcome));
  });

  it('says a conforming graph conforms', () => {
    expect(formatReport(validateGraph(baseQuads))).toBe('Conforms: 0 violation(s), 0 warning(s), 0 info(s)');
  });
});

describe('reportToTurtle', () => {
  it('gives the same bytes whatever the order of the input quads and across runs', () => {
    const expected = reportToTurtle(validateGraph(flawed));
    for (const seed of [4, 5]) expect(reportToTurtle(validateGraph(shuffled(flawed, seed)))).toBe(expected);
  });

  it("writes a SHACL validation report that parses back to the outcome's report quads", () => {
    const outcome = validateGraph(flawed);
    const text = reportToTurtle(outcome);
    expect(text).toContain('sh:ValidationReport');
    const parsed = new Parser({ format: 'Turtle', blankNodePrefix: '' }).parse(text);
    const line = (q: { subject: { value: string }; predicate: { value: string }; object: { value: string } }) =>
      `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
    expect(parsed.map(line).sort()).toEqual(outcome.reportQuads.map(line).sort());
  });

  it('has one sh:result per result and states sh:conforms', () => {
    const outcome = validateGraph(flawed);
    const parsed = new Parser({ format: 'Turtle' }).parse(reportToTurtle(outcome));
    expect(parsed.filter((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#result')).toHaveLength(outcome.results.length);
    expect(parsed.find((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#conforms')?.object.value).toBe('false');
  });

  it('writes an empty report for a conforming graph', () => {
    const parsed = new Parser({ format: 'Turtle' }).parse(reportToTurtle(validateGraph(baseQuads)));
    expect(parsed.find((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#conforms')?.object.value).toBe('true');
    expect(parsed.filter((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#result')).toHaveLength(0);
  });
});
