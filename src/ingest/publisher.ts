import { isOrganisationName } from './names.js';

/**
 * The publisher as the page prints it in its own furniture: "Click here to have <Name>'s
 * newsletter delivered", "Subscribe to <Name>'s daily newsletter", "© 2024 <Name>",
 * "Copyright <Name> 2024. All rights reserved."
 */

export interface FoundName {
  /** Offsets relative to the searched line. */
  start: number;
  end: number;
  value: string;
}

const PATTERNS: readonly RegExp[] = [
  // Newsletter prompts name the site in the possessive.
  /\b(?:have|get|receive|to|for|of)\s+((?:the\s+)?\p{Lu}[^'’\n]{0,60}?)['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:newsletters?|news ?feed|RSS)\b/du,
  // Copyright lines: "© 2024 Name", "Copyright (c) 2010-2024 Name.", "Copyright Name 2024".
  /^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)(?:\s*(?:©|\([cC]\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:[Bb]y\s+)?(\p{Lu}[^|©]{0,80}?)(?:\s*,?\s*\d{4})?(?:\s*[.,;|]\s*(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?|\s*[.,;|]?\s*$)/du,
];

export function findPublisherName(line: string): FoundName | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(line);
    const where = m?.indices?.[1];
    if (!m || !where) continue;
    const raw = m[1] ?? '';
    const value = raw.replace(/[\s.,;:]+$/, '');
    if (!isOrganisationName(value)) continue;
    return { start: where[0], end: where[0] + value.length, value };
  }
  return undefined;
}
