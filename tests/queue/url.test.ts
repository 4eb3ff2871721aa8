import { describe, expect, it } from 'vitest';
import { articleKey, parseQueueName, parseQueueUrl, shownQueueUrl } from '../../src/queue/index.js';

describe('the --queue URL', () => {
  it('accepts redis:// and rediss:// with a database number, and prints it without the password', () => {
    const url = parseQueueUrl('redis://:s3cret%40x@queue.example:6380/2');
    expect(shownQueueUrl(url)).toBe('redis://***@queue.example:6380/2');
    expect(parseQueueUrl('rediss://user:pw@host').protocol).toBe('rediss:');
  });

  it('refuses another scheme or path without ever quoting the password', () => {
    for (const value of ['http://:s3cret@host:6379/0', 'redis://:s3cret@host:6379/queue', 'not a url :s3cret@']) {
      expect(() => parseQueueUrl(value)).toThrow(/OPTION_INVALID|not|path/);
      try {
        parseQueueUrl(value);
      } catch (error) {
        expect((error as Error).message).not.toContain('s3cret');
      }
    }
  });

  it('takes queue names that are safe inside Redis keys', () => {
    expect(parseQueueName('march-2024.v2')).toBe('march-2024.v2');
    expect(() => parseQueueName('a:b')).toThrow(/may hold only/);
  });
});

describe('articleKey', () => {
  const input = { raw: 'Text of the article.', source: { name: 'corpus/a.txt', format: 'text' as const } };

  it('is the same for the same article read from another path, and differs when the text or id does', () => {
    const key = articleKey({ id: 'a.txt', input });
    expect(articleKey({ id: 'a.txt', input: { ...input, source: { ...input.source, name: './corpus/a.txt' } } })).toBe(key);
    expect(articleKey({ id: 'a.txt', input: { ...input, raw: 'Another text.' } })).not.toBe(key);
    expect(articleKey({ id: 'b.txt', input })).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
