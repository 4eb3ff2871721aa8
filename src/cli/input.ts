import { readStreamBounded } from '../core/files.js';
import { DEFAULT_MAX_BYTES, readTextInput, decodeInput } from '../ingest/index.js';
import type { ArticleInput } from '../pipeline.js';

/** An article from a file path, or standard input for "-". */
export async function readArticleInput(path: string): Promise<ArticleInput> {
  if (path === '-') {
    const { raw, source } = decodeInput(await readStreamBounded(process.stdin, '<stdin>', DEFAULT_MAX_BYTES), '<stdin>');
    return { raw, source };
  }
  const { raw, source } = await readTextInput(path);
  return { raw, source };
}
