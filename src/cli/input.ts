import { readTextInput, decodeInput } from '../ingest/index.js';
import type { ArticleInput } from '../pipeline.js';

/** An article from a file path, or standard input for "-". */
export async function readArticleInput(path: string): Promise<ArticleInput> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const { raw, source } = decodeInput(new Uint8Array(Buffer.concat(chunks)), '<stdin>');
    return { raw, source };
  }
  const { raw, source } = await readTextInput(path);
  return { raw, source };
}
