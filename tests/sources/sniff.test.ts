import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/sources/index.js';

describe('sniffFormat', () => {
  it('takes lines of JSON objects for JSON Lines', () => {
    expect(sniffFormat('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')).toBe('jsonl');
  });

  it('takes a first record longer than the sniff window for JSON Lines by its opening key', () => {
    expect(sniffFormat(`{"id": "a", "text": "${'x'.repeat(2000)}`.slice(0, 1024))).toBe('jsonl');
  });

  it('takes a doctype, an <html> tag or a UTF-8 BOM before them for HTML', () => {
    expect(sniffFormat('<!DOCTYPE html>\n<html>')).toBe('html');
    expect(sniffFormat('\uFEFF  <html lang="en">')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<!-- saved page -->\n<html>')).toBe('html');
  });

  it('takes a fragment with many tags for HTML', () => {
    expect(sniffFormat('<div class="story"><h1>Title</h1><p>One</p><p>Two</p></div>')).toBe('html');
  });

  it('takes prose for text, even with a tag or a brace in it', () => {
    expect(sniffFormat('Council votes on budget\n\nThe council said <b>no</b> to the plan.')).toBe('text');
    expect(sniffFormat('{Draft} Council votes on budget\n\nThe council met.')).toBe('text');
  });
});
