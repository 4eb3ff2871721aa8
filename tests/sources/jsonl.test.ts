import { describe, expect, it } from 'vitest';
import type { SourceArticle, SourceFailure } from '../../src/sources/index.js';
import { collect, makeTree, summary } from './helpers.js';

const line = (record: unknown): string => `${JSON.stringify(record)}\n`;

async function readCorpus(content: string, maxBytes?: number): Promise<Awaited<ReturnType<typeof collect>>> {
  const tree = makeTree({ 'corpus.jsonl': content });
  try {
    return await collect([`${tree.root}/corpus.jsonl`], maxBytes ? { maxBytes } : {});
  } finally {
    tree.remove();
  }
}

describe('JSON Lines corpora', () => {
  it('yields one article per record, in line order, with record fields as hints of origin record', async () => {
    const items = await readCorpus(
      line({
        id: 'a1',
        text: 'First article.',
        title: 'First',
        author: ['Ada Obi', 'Ben Cole'],
        publisher: 'Wire',
        publication_date: '2016-09-12',
        url: 'https://wire.example/a1',
      }) + line({ id: 7, text: 'Second article.', dct: '1998-01-08', language: 'en_GB' }),
    );
    expect(summary(items)).toEqual(['ok a1', 'ok 7']);
    const first = items[0] as SourceArticle;
    expect(first.line).toBe(1);
    expect(first.input.raw).toBe('First article.');
    expect(first.input.hints).toEqual({
      title: { value: 'First', origin: 'record' },
      author: { value: ['Ada Obi', 'Ben Cole'], origin: 'record' },
      publisher: { value: 'Wire', origin: 'record' },
      datePublished: { value: '2016-09-12', origin: 'record' },
      url: { value: 'https://wire.example/a1', origin: 'record' },
    });
    const second = items[1] as SourceArticle;
    expect(second.input.hints).toEqual({
      datePublished: { value: '1998-01-08', origin: 'record' },
      language: { value: 'en-GB', origin: 'record' },
    });
  });

  it('names each record "file#id" and records file, id and line in its SourceInfo', async () => {
    const tree = makeTree({ 'c.jsonl': line({ id: 'x', text: 'T.' }) });
    const [item] = (await collect([`${tree.root}/c.jsonl`])) as SourceArticle[];
    tree.remove();
    expect(item?.input.source).toEqual({ name: `${tree.root}/c.jsonl#x`, format: 'jsonl', file: `${tree.root}/c.jsonl`, id: 'x', line: 1 });
  });

  it('reads a record with html as an HTML page', async () => {
    const [item] = (await readCorpus(line({ id: 'p', html: '<p>Page</p>' }))) as SourceArticle[];
    expect(item?.input.source.format).toBe('html');
    expect(item?.input.raw).toBe('<p>Page</p>');
  });

  it('yields a broken line as a failure with its line number, and reads on', async () => {
    const items = await readCorpus(`${line({ id: 'a', text: 'A.' })}{"id": "b", "text": \n${line({ id: 'c', text: 'C.' })}`);
    expect(summary(items)).toEqual(['ok a', 'RECORD_INVALID line-2', 'ok c']);
    const failure = items[1] as SourceFailure;
    expect(failure.line).toBe(2);
    expect(failure.error.location.line).toBe(2);
    expect(failure.error.message).toMatch(/corpus\.jsonl, line 2: not valid JSON/);
  });

  it('fails a record with neither text nor html', async () => {
    const [item] = await readCorpus(line({ id: 'empty', title: 'No body' }));
    expect(summary([item!])).toEqual(['RECORD_INVALID empty']);
    expect((item as SourceFailure).error.message).toContain('neither "text" nor "html"');
  });

  it('fails the later of two records with the same id', async () => {
    const items = await readCorpus(
      line({ id: 'dup', text: 'One.' }) + line({ id: 'other', text: 'Two.' }) + line({ id: 'dup', text: 'Three.' }),
    );
    expect(summary(items)).toEqual(['ok dup', 'ok other', 'RECORD_INVALID dup']);
    expect((items[2] as SourceFailure).error.message).toContain('first used on line 1');
  });

  it('fails a record whose date or URL cannot be used, naming the field', async () => {
    const items = await readCorpus(
      line({ id: 'd', text: 'T.', published: 'last Tuesday' }) + line({ id: 'u', text: 'T.', url: 'www.example.com/a' }),
    );
    expect(summary(items)).toEqual(['RECORD_INVALID d', 'RECORD_INVALID u']);
    expect((items[0] as SourceFailure).error.message).toContain('"published" is not a complete date');
    expect((items[1] as SourceFailure).error.message).toContain('"url" is not an absolute http(s) URL');
  });

  it('says when the date of a record is a real day but out of the years news is dated in', async () => {
    const items = await readCorpus(line({ id: 'old', text: 'T.', datePublished: '1650-05-01' }));
    expect((items[0] as SourceFailure).error.message).toContain('"datePublished" is outside the years 1800-2200');
  });

  it('reports a corpus with no records (empty, or only blank lines) as one INPUT_EMPTY failure naming the file', async () => {
    for (const content of ['', '\n\n  \n', '\uFEFF\n']) {
      const items = await readCorpus(content);
      expect(summary(items)).toEqual([expect.stringMatching(/^INPUT_EMPTY \S*corpus\.jsonl$/)]);
      expect((items[0] as SourceFailure).error.message).toMatch(/corpus\.jsonl holds no JSON Lines records/);
    }
  });

  it('gives a record without id its line number as id, and skips blank lines', async () => {
    const items = await readCorpus(`\n${line({ text: 'No id.' })}\n`);
    expect(summary(items)).toEqual(['ok line-2']);
  });

  it('fails a line that is not an object, or is over the size limit, and reads on', async () => {
    const items = await readCorpus(
      `${line({ id: 'first', text: 'First.' })}[1, 2]\n${line({ id: 'big', text: 'x'.repeat(500) })}${line({ id: 'ok', text: 'Fine.' })}`,
      200,
    );
    expect(summary(items)).toEqual(['ok first', 'RECORD_INVALID line-2', 'INPUT_TOO_LARGE line-3', 'ok ok']);
  });

  it('fails a line that is not UTF-8 and reads on', async () => {
    const tree = makeTree({
      'c.jsonl': Buffer.concat([
        Buffer.from('{"id": "bad", "text": "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
        Buffer.from(line({ id: 'good', text: 'G.' })),
      ]),
    });
    const items = await collect([`${tree.root}/c.jsonl`]);
    tree.remove();
    expect(summary(items)).toEqual(['INPUT_ENCODING line-1', 'ok good']);
  });
});
