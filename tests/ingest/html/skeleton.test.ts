import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/html/dom.js';
import { repairSkeleton } from '../../../src/ingest/html/index.js';

function bodyText(html: string): string {
  return (parseDocument(repairSkeleton(html)).querySelectorAll('body')[0]?.textContent ?? '').trim();
}

describe('repairSkeleton', () => {
  it('gives a fragment a head and a body', () => {
    expect(bodyText('<p>one</p><p>two')).toBe('onetwo');
  });

  it('moves the title of a frameless page into the head', () => {
    const document = parseDocument(repairSkeleton('<title>The title</title><h1>Heading</h1><p>Text'));
    expect(document.title).toBe('The title');
    expect(document.querySelectorAll('body')[0]?.textContent).not.toContain('The title');
  });

  it('takes everything after </head> as body when <body> is missing', () => {
    const document = parseDocument(repairSkeleton('<html lang="fr"><head><title>T</title></head><p>Texte</p></html>'));
    expect(document.querySelectorAll('body')[0]?.textContent?.trim()).toBe('Texte');
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
  });

  it('keeps the body attributes and drops a stray second <html> tag', () => {
    const document = parseDocument(repairSkeleton('<html><head></head><body class="story"><p>a</p><html><p>b</p></body></html>'));
    expect(document.querySelectorAll('body.story')).toHaveLength(1);
    expect(document.querySelectorAll('html')).toHaveLength(1);
  });
});
