/**
 * ISSN as printed by periodicals ("ISSN 2330-717X", "ISSN: 1234-5679 (online)").
 * Why validate: a wrong check digit means a typo or an unrelated number, and an
 * ISSN becomes an IRI (urn:issn:...) that must not point at another periodical.
 */

export interface FoundIssn {
  /** Offsets of the number as printed, relative to the searched string. */
  start: number;
  end: number;
  /** Normalised form NNNN-NNNC (C a digit or X). */
  value: string;
  valid: boolean;
}

const ISSN = /\bISSN\s*[:#]?\s*(\d{4})[-‐‑–]?(\d{3}[\dXx])(?![\dA-Za-z])/dg;

export function findIssns(value: string): FoundIssn[] {
  const found: FoundIssn[] = [];
  ISSN.lastIndex = 0;
  for (let m = ISSN.exec(value); m; m = ISSN.exec(value)) {
    const first = m.indices?.[1];
    const second = m.indices?.[2];
    if (!first || !second) continue;
    const normalised = `${m[1]}-${(m[2] ?? '').toUpperCase()}`;
    found.push({ start: first[0], end: second[1], value: normalised, valid: issnCheckDigitOk(normalised) });
  }
  return found;
}

/** ISO 3297 check digit: weights 8..2 over the first seven digits, mod 11, 10 written X. */
export function issnCheckDigitOk(issn: string): boolean {
  const digits = issn.replace('-', '');
  if (!/^\d{7}[\dX]$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return digits[7] === (check === 10 ? 'X' : String(check));
}
