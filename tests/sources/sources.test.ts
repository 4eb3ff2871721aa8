import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceArticle, SourceFailure } from '../../src/sources/index.js';
import { ARTICLE, collect, makeTree, PAGE, summary } from './helpers.js';

describe('readSources on folders', () => {
  let tree: ReturnType<typeof makeTree>;
  beforeAll(() => {
    tree = makeTree({
      'b.txt': ARTICLE,
      'a.html': PAGE,
      'notes.md': 'not an article',
      'Z.text': ARTICLE,
      'sub/c.htm': PAGE,
      'sub/deeper/d.ndjson': '{"id": "r1", "text": "Record one."}\n{"id": "r2", "text": "Record two."}\n',
      'sub-x/e.txt': ARTICLE,
      '.hidden/f.txt': ARTICLE,
      'bad.txt': Buffer.from([0x66, 0x6f, 0x00, 0x01, 0x02]),
    });
    symlinkSync(join(tree.root, 'missing.txt'), join(tree.root, 'broken.txt'));
  });
  afterAll(() => tree.remove());

  it('reads article files recursively, sorted by path segment by segment, skipping hidden and other files', async () => {
    const items = await collect([tree.root]);
    expect(summary(items)).toEqual([
      'ok Z.text',
      'ok a.html',
      'ok b.txt',
      'INPUT_BINARY bad.txt',
      'INPUT_NOT_FOUND broken.txt',
      'ok sub/c.htm',
      'ok r1',
      'ok r2',
      'ok sub-x/e.txt',
    ]);
  });

  it('yields unreadable files as failures naming the file, and goes on', async () => {
    const items = await collect([tree.root]);
    const broken = items.find((i) => i.id === 'broken.txt') as SourceFailure;
    expect(broken.file).toBe(join(tree.root, 'broken.txt'));
    expect(broken.error.message).toContain('broken.txt');
    expect(items.filter((i) => i.ok)).toHaveLength(7);
  });

  it('detects each file format from its content', async () => {
    const items = (await collect([tree.root])).filter((i): i is SourceArticle => i.ok);
    expect(items.map((i) => `${i.id}:${i.input.source.format}`)).toEqual([
      'Z.text:text',
      'a.html:html',
      'b.txt:text',
      'sub/c.htm:html',
      'r1:jsonl',
      'r2:jsonl',
      'sub-x/e.txt:text',
    ]);
  });

  it('reads arguments in the order given, a named file keeping its path as id', async () => {
    const items = await collect([join(tree.root, 'sub/c.htm'), join(tree.root, 'b.txt')]);
    expect(items.map((i) => i.id)).toEqual([join(tree.root, 'sub/c.htm'), join(tree.root, 'b.txt')]);
    expect((items[0] as SourceArticle).input.source).toEqual({
      name: join(tree.root, 'sub/c.htm'),
      format: 'html',
      file: join(tree.root, 'sub/c.htm'),
    });
  });

  it('expands a glob the shell left alone, ids relative to its leading folder', async () => {
    expect(summary(await collect([`${tree.root}/**/*.{htm,html}`]))).toEqual(['ok a.html', 'ok sub/c.htm']);
    expect(summary(await collect([`${tree.root}/*.txt`]))).toEqual(['ok b.txt', 'INPUT_BINARY bad.txt', 'INPUT_NOT_FOUND broken.txt']);
  });

  it('reports a glob that matches nothing and a path that does not exist', async () => {
    const items = await collect([`${tree.root}/*.pdf`, join(tree.root, 'nope.txt')]);
    expect(summary(items)).toEqual([`INPUT_NOT_FOUND ${tree.root}/*.pdf`, `INPUT_NOT_FOUND ${join(tree.root, 'nope.txt')}`]);
    expect((items[0] as SourceFailure).error.message).toContain('no file matches');
  });

  it('forces the format when asked, whatever the content', async () => {
    const [item] = (await collect([join(tree.root, 'a.html')], { inputFormat: 'text' })) as SourceArticle[];
    expect(item?.input.source.format).toBe('text');
    const [html] = (await collect([join(tree.root, 'b.txt')], { inputFormat: 'html' })) as SourceArticle[];
    expect(html?.input.source.format).toBe('html');
  });

  it('refuses a file over the size limit', async () => {
    expect(summary(await collect([join(tree.root, 'b.txt')], { maxBytes: 10 }))).toEqual([`INPUT_TOO_LARGE ${join(tree.root, 'b.txt')}`]);
  });
});

describe('readSources on standard input', () => {
  it('reads "-" as one text article named <stdin>', async () => {
    const [item] = (await collect(['-'], {}, ARTICLE)) as SourceArticle[];
    expect(item).toMatchObject({ ok: true, id: '-', file: '-' });
    expect(item?.input).toEqual({ raw: ARTICLE, source: { name: '<stdin>', format: 'text', file: '-' } });
  });

  it('detects HTML on standard input', async () => {
    const [item] = (await collect(['-'], {}, PAGE)) as SourceArticle[];
    expect(item?.input.source.format).toBe('html');
  });

  it('streams JSON Lines from standard input, the sniffed chunks included', async () => {
    const records = Array.from({ length: 50 }, (_, k) => `{"id": "s${k}", "text": "Record ${k}."}\n`).join('');
    const chunks = records.match(/[\s\S]{1,100}/g) ?? [];
    const items = await collect(['-'], {}, chunks);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 50 }, (_, k) => `s${k}`));
    expect((items[0] as SourceArticle).input.source.name).toBe('<stdin>#s0');
  });

  it('fails empty standard input', async () => {
    expect(summary(await collect(['-'], {}, ''))).toEqual(['INPUT_EMPTY -']);
  });

  it('fails standard input over the size limit', async () => {
    expect(summary(await collect(['-'], { maxBytes: 100, inputFormat: 'text' }, ['x'.repeat(80), 'y'.repeat(80)]))).toEqual([
      'INPUT_TOO_LARGE -',
    ]);
  });
});

describe('readSources on HTML in a legacy encoding', () => {
  it('decodes a page by the charset its <meta> declares when it is not UTF-8', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9]),
      Buffer.from('</title></head><body><p>x</p></body></html>'),
    ]);
    const tree = makeTree({ 'old.html': latin1 });
    const [item] = (await collect([join(tree.root, 'old.html')])) as SourceArticle[];
    tree.remove();
    expect(item?.input.raw).toContain('<title>Café</title>');
  });
});
