import { isNominal, phraseAfter } from './chunk.js';
import type { Candidate } from './candidate.js';
import type { DocView, SentenceView } from './document.js';
import { closingQuoteAt, DASHES, isClauseEnd, isOpenMark, openingQuoteAt, span, trimRange, type Range } from './marks.js';
import { clauseBoundary } from './content.js';
import { quoteAround } from './quotes.js';
import { isEvidence, speakerOf, subjectBefore, type SpeakerPhrase } from './subject.js';
import { EVIDENCE_NOUNS, PREPOSITIONS } from './words.js';

/** Attributions without a reporting verb: "Lavrov: …", "“…” ― Name", "Kaine shrugged, “…”", "In the latest poll, …". */

/**
 * A quotation opened after a comma or colon that ends a clause with a named subject: "Trump boasted,
 * “That makes me smart.”", "McCaskill scolded him: “…”". The verb group before the mark is the cue.
 */
const NON_VERB_STARTS = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'and', 'or', 'but', 'that', 'who', 'which']);

export function quoteIntro(
  view: DocView,
  s: SentenceView,
  speakerLike: (r: Range) => boolean,
  taken: readonly Candidate[],
): Candidate | undefined {
  const tokens = s.tokens;
  for (let p = 2; p < tokens.length - 1; p++) {
    const mark = tokens[p]!;
    if (mark.text !== ',' && mark.text !== ':') continue;
    const q = openingQuoteAt(view, tokens[p + 1]);
    if (!q || !q.closed || q.kind !== 'double' || quoteAround(view.doubles, mark.start)) continue;
    if (taken.some((c) => c.direct && c.content.start < q.end && q.start < c.content.end)) return undefined;
    // The quotation must close the sentence: "…, “…”." and not "…, “…” and more".
    const rest = view.text.slice(q.end, s.end).trim();
    if (rest.length > 1) return undefined;
    // The subject is the named phrase nearest before the verb group: "Trump boasted", "McCaskill scolded him".
    let speaker: SpeakerPhrase | undefined;
    let from = p - 1;
    for (; from > 0 && from >= p - 8; from--) {
      const t = tokens[from]!;
      if (!/^\p{Ll}/u.test(t.text) || NON_VERB_STARTS.has(t.lower)) continue;
      const np = subjectBefore(tokens, from);
      if (np && (np.pronoun || speakerLike(np.head))) {
        speaker = np;
        break;
      }
    }
    if (!speaker) return undefined;
    const cue = span(tokens, from, p);
    return {
      pattern: 'colon',
      sentence: s.index,
      cue,
      cueLemma: 'say',
      type: 'assertion',
      speaker,
      content: { start: q.start, end: q.end },
      direct: true,
      attributionStart: speaker.start,
      contentAfter: true,
      cueKind: 'none',
      complement: 'quote',
      irrealis: false,
    };
  }
  return undefined;
}

/** "In the latest poll, Clinton leads by five points": an opening "in" + poll, survey or report is the source of the clause. */
export function inEvidence(view: DocView, s: SentenceView): Candidate | undefined {
  const tokens = s.tokens;
  if (tokens[0]?.lower !== 'in') return undefined;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > 14 || comma + 2 >= tokens.length) return undefined;
  const np = phraseAfter(tokens, 1, comma);
  if (!np) return undefined;
  const speaker = speakerOf(tokens, np);
  if (!isEvidence(view.text, speaker)) return undefined;
  const content = trimRange(view.text, tokens[comma + 1]!.start, s.end);
  if (content.end - content.start < 8) return undefined;
  return {
    pattern: 'according',
    sentence: s.index,
    cue: span(tokens, 0, 1),
    cueLemma: 'according to',
    type: 'assertion',
    speaker,
    content,
    direct: false,
    attributionStart: tokens[0]!.start,
    contentAfter: true,
    cueKind: 'evidence',
    complement: 'clause',
    irrealis: false,
  };
}

const VIEW_NOUNS = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'mind', 'eyes', 'words']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);

/** "In its view there is no heroism", "in Lavrov's words, the talks are dead": the possessor holds the clause that follows. */
export function inTheirView(view: DocView, s: SentenceView, speakerLike: (r: Range) => boolean): Candidate | undefined {
  const tokens = s.tokens;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'in') continue;
    // The noun after the possessor: "in its view", "in Maria Kaine's words".
    let n = i + 2;
    while (n < tokens.length && n <= i + 4 && !VIEW_NOUNS.has(tokens[n]!.lower)) n++;
    if (n >= tokens.length || !VIEW_NOUNS.has(tokens[n]!.lower)) continue;
    const owner = tokens[n - 1]!;
    const pronoun = n === i + 2 && POSSESSIVES.has(owner.lower);
    const named = /^\p{Lu}/u.test(tokens[i + 1]!.text) && /\p{L}['’]s?$/u.test(owner.text) && speakerLike(span(tokens, i + 1, n));
    if (!pronoun && !named) continue;
    const from = tokens[n + 1]?.text === ',' ? n + 2 : n + 1;
    if (from >= tokens.length || quoteAround(view.doubles, tokens[i]!.start)) return undefined;
    const content = trimRange(view.text, tokens[from]!.start, clauseBoundary(view, tokens, from) ?? s.end);
    if (content.end - content.start < 8) return undefined;
    const who = span(tokens, i + 1, n);
    const words = tokens[n]!.lower === 'words';
    return {
      pattern: 'according',
      sentence: s.index,
      cue: span(tokens, i, n + 1),
      cueLemma: 'in the view of',
      type: words ? 'assertion' : 'belief',
      speaker: { ...who, head: who, pronoun },
      content,
      direct: false,
      attributionStart: tokens[i]!.start,
      contentAfter: true,
      cueKind: words ? 'speech' : 'thought',
      complement: 'clause',
      irrealis: false,
    };
  }
  return undefined;
}

/**
 * "Lavrov: …" (a name, a colon, then what was said), in headlines, interview copy and transcripts
 * ("\"WALLACE: …"); at the start of a paragraph the turn runs to the paragraph's end.
 */
export function colon(view: DocView, s: SentenceView, speakerLike: (r: Range) => boolean): Candidate | undefined {
  const tokens = s.tokens;
  const lead = isOpenMark(tokens[0]) ? 1 : 0;
  const c = tokens.findIndex((t) => t.text === ':');
  if (c < lead + 1 || c > lead + 6 || c + 1 >= tokens.length) return undefined;
  // "Obama on Climate Change: …": a headline speaker may carry its topic after "on".
  let to = c;
  for (let i = lead + 1; i < c; i++) if (tokens[i]!.lower === 'on' || tokens[i]!.lower === 'about') to = Math.min(to, i);
  for (let i = lead; i < c; i++) if (i !== to && (!isNominal(tokens[i]!) || !/^[\p{Lu}\d]/u.test(tokens[i]!.text))) return undefined;
  const np = span(tokens, lead, to);
  // "Poll: Clinton and Trump in dead heat": a poll or report speaks for itself.
  if (!speakerLike(np) && !(to === lead + 1 && EVIDENCE_NOUNS.has(tokens[lead]!.lower))) return undefined;
  const q = openingQuoteAt(view, tokens[c + 1]);
  let content: Range;
  if (q && q.closed) content = { start: q.start, end: q.end };
  else {
    const paragraph = view.paragraphs[view.paragraphOfSentence[s.index]!]!;
    const opensParagraph = view.text.slice(paragraph.start, tokens[lead]!.start).trim().length <= 1;
    content = trimRange(view.text, tokens[c + 1]!.start, opensParagraph ? paragraph.end : s.end);
    if (
      lead === 1 &&
      /["”]$/.test(view.text.slice(content.start, content.end)) &&
      !/["“”]/.test(view.text.slice(content.start, content.end - 1))
    )
      content.end--;
  }
  if (content.end - content.start < 3) return undefined;
  return {
    pattern: 'colon',
    sentence: s.index,
    cue: { start: tokens[c]!.start, end: tokens[c]!.end },
    cueLemma: 'say',
    type: 'assertion',
    speaker: { ...np, head: np, pronoun: false },
    content,
    direct: Boolean(q && q.closed),
    attributionStart: np.start,
    contentAfter: true,
    cueKind: 'none',
    complement: q && q.closed ? 'quote' : 'turn',
    irrealis: false,
  };
}

/** "“…” ― Name": a quotation signed with a dash. */
export function epigraph(view: DocView, s: SentenceView): Candidate | undefined {
  const tokens = s.tokens;
  for (let j = 0; j < tokens.length - 1; j++) {
    if (!DASHES.has(tokens[j]!.text)) continue;
    const previous = view.sentences[s.index - 1];
    const closing = j > 0 ? tokens[j - 1] : previous?.paragraph === s.paragraph ? previous.tokens[previous.tokens.length - 1] : undefined;
    const q = closingQuoteAt(view, closing);
    if (!q) continue;
    const np = phraseAfter(tokens, j + 1);
    if (!np || !/^\p{Lu}/u.test(tokens[j + 1]!.text)) continue;
    if (np.to < tokens.length && !isClauseEnd(tokens[np.to]) && tokens[np.to]!.text !== ',') continue;
    const speaker = speakerOf(tokens, np);
    return {
      pattern: 'epigraph',
      sentence: s.index,
      cue: { start: tokens[j]!.start, end: tokens[j]!.end },
      cueLemma: 'say',
      type: 'assertion',
      speaker,
      content: { start: q.start, end: q.end },
      direct: true,
      attributionStart: tokens[j]!.start,
      contentAfter: false,
      cueKind: 'none',
      complement: 'quote',
      irrealis: false,
    };
  }
  return undefined;
}
