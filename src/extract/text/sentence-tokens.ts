import type { Sentence } from '../../core/types.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Each sentence is tokenized once per article and the token lists shared by the extractors
 * (actors, statements and events each read every sentence). Tokens are never mutated.
 */
export function tokenizeSentences(text: string, sentences: readonly Sentence[]): Token[][] {
  return sentences.map((s) => tokenize(text, s.start, s.end));
}

/**
 * The tokens of text[start, end), taken from `tokens` (the tokens of text[from, end) for some
 * from <= start) when no token straddles `start`: tokenizing from a token boundary or from
 * whitespace finds the same tokens. Otherwise the stretch is tokenized again.
 */
export function tokensFrom(text: string, tokens: readonly Token[], start: number, end: number): Token[] {
  let k = 0;
  while (k < tokens.length && tokens[k]!.start < start) k++;
  if (k > 0 && tokens[k - 1]!.end > start) return tokenize(text, start, end);
  return tokens.slice(k);
}
