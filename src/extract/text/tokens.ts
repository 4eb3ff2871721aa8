/** Word-level tokens with offsets into the document text. */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, apostrophes normalised to ASCII. */
  lower: string;
}

// Words (with inner apostrophes, hyphens, dots in abbreviations, US states in news style: "Md."), numbers, and single punctuation marks.
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’.\-&][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

const ABBREVIATION_WITH_DOT =
  /^(?:[A-Z]\.|(?:[A-Za-z]\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Gen\.|Sen\.|Rep\.|Gov\.|Lt\.|Col\.|Maj\.|Capt\.|Sgt\.|St\.|Jr\.|Sr\.|Inc\.|Corp\.|Ltd\.|Co\.|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sep\.|Sept\.|Oct\.|Nov\.|Dec\.|No\.|vs\.|etc\.|U\.S\.|U\.N\.|U\.K\.|E\.U\.|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Kan|Ky|La|Md|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo|Mass|Del|Ind|Mo)\.)$/;

export function normaliseApostrophes(s: string): string {
  // Nearly every string has none of them; a scan is cheaper than a replace that finds nothing.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60) return s.replace(/[’‘`]/g, "'");
  }
  return s;
}

/** Tokenizes text[start, end). A trailing dot stays on a token only when it is a known abbreviation. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(slice); m; m = TOKEN_PATTERN.exec(slice)) {
    let surface = m[0];
    const from = start + m.index;
    if (surface.length > 1 && surface.endsWith('.') && !ABBREVIATION_WITH_DOT.test(surface)) {
      surface = surface.slice(0, -1);
      pushToken(tokens, from, surface);
      pushToken(tokens, from + surface.length, '.');
      continue;
    }
    pushToken(tokens, from, surface);
  }
  return tokens;
}

function pushToken(tokens: Token[], start: number, surface: string): void {
  tokens.push({ start, end: start + surface.length, text: surface, lower: normaliseApostrophes(surface.toLowerCase()) });
}
