/**
 * A cheap check that body text is English: English prose is roughly 40% function words
 * ("the", "of", "and"...); other languages score near zero on this list. The words are
 * chosen to be rare in French, Spanish, German, Italian and Portuguese.
 */

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to is that for it with as was on be by this are have has from at not but or which an they he she his her their its been were will would said who we you there than more also about after when what can could into if one two all them our had'.split(
    ' ',
  ),
);

/** Below this share of function words, with enough words to judge, the text is flagged. */
const MIN_SHARE = 0.15;
const MIN_WORDS = 30;

export interface LanguageCheck {
  /** Share of English function words among the words (0..1). */
  englishShare: number;
  words: number;
  /** False only when there were enough words and the share was low. */
  looksEnglish: boolean;
}

export function checkEnglish(text: string): LanguageCheck {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const englishShare = words.length === 0 ? 0 : hits / words.length;
  return { englishShare, words: words.length, looksEnglish: words.length < MIN_WORDS || englishShare >= MIN_SHARE };
}
