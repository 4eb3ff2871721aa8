import type { Line } from './lines.js';
import { isOrganisationName } from './names.js';
import { firstSentenceEnd, trimTrailingPeriod } from './text.js';
import { groupUnits } from './units.js';

/**
 * Where a piece first appeared, from the closing blurb syndicated articles carry:
 *   (a) a short line naming the organisation, then a paragraph "<Name> is a/an ...";
 *   (b) "This article first appeared in <Name>", "Originally published by <Name>",
 *       "This article is republished from <Name> ...".
 * Why the organisation check in (a): the same layout introduces author bios
 * ("Jane Doe\n\nJane Doe is a senior fellow ..."), which name a person, not a source.
 */

export interface FoundBlurb {
  /** Indices (Line.index) of the lines the blurb occupies. */
  lines: number[];
  /** Offsets into the document text. */
  name: { start: number; end: number; value: string };
  description?: { start: number; end: number };
}

// Head nouns that describe an organisation ("a 24-hour news network", "an independent think tank").
const ORGANISATION_NOUN =
  /\b(?:network|agency|newspaper|paper|magazine|journal|outlet|organi[sz]ation|institute|institution|foundation|think[- ]tank|publication|publisher|website|site|portal|channel|broadcaster|station|company|corporation|firm|group|cent(?:er|re)|service|daily|weekly|monthly|platform|non-?profit|charity|council|university|college|association|society|coalition|project|initiative|media|news|radio|television|tv|blog|wire|consortium|alliance|collective|brand|programme|program|forum|review)\b/i;
// Head nouns that describe a person: the bio layout, not a source blurb.
const PERSON_NOUN =
  /\b(?:fellow|professor|lecturer|journalist|writer|author|analyst|researcher|correspondent|editor|columnist|student|scholar|expert|economist|historian|lawyer|attorney|diplomat|consultant|director|founder|ph\.?d|candidate|member|veteran|former|retired|he|she|his|her)\b/i;
// "is a/an/the ...", "was founded ...": the copula that opens a description.
const COPULA = /^\s+(?:is|was|are)\s+(?:(?:a|an|the)\s+)?|^\s+\((?:[^)]{1,20})\)\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?|^,\s+(?:a|an|the)\s+/i;

/** Blurbs of layout (a), looked for in the closing part of the text (from line index `from`). */
export function findNameLineBlurbs(text: string, lines: readonly Line[], authors: readonly string[], from: number): FoundBlurb[] {
  const found: FoundBlurb[] = [];
  const authorSet = new Set(authors.map((a) => a.toLowerCase()));
  for (let i = from; i + 1 < lines.length; i++) {
    const nameLine = lines[i]!;
    const name = nameLine.text;
    if (nameLine.words > 8 || /[.!?,;:]$/.test(name) || !isOrganisationName(name) || authorSet.has(name.toLowerCase())) continue;
    // The paragraph after the name line, joined back together when it is hard-wrapped.
    const paragraph = groupUnits(lines.slice(i + 1, i + 61))[0] ?? [];
    const first = paragraph[0];
    const last = paragraph[paragraph.length - 1];
    if (!first || !last || !first.text.startsWith(name)) continue;
    const body = text.slice(first.start, last.end);
    const copula = COPULA.exec(body.slice(name.length));
    if (!copula) continue;
    const sentenceEnd = firstSentenceEnd(body);
    const head = headPhrase(body.slice(name.length + copula[0].length, sentenceEnd));
    const organisation = ORGANISATION_NOUN.test(head);
    if (!organisation && (PERSON_NOUN.test(head) || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name))) continue;
    found.push({
      lines: [nameLine.index, ...paragraph.map((line) => line.index)],
      name: { start: nameLine.start, end: nameLine.end, value: name },
      description: { start: first.start, end: first.start + sentenceEnd },
    });
    i += paragraph.length;
  }
  return found;
}

/** The words up to the first preposition or relative clause: "24-hour English language global news network". */
function headPhrase(description: string): string {
  const cut = description.search(
    /\s(?:owned|based|founded|launched|run|that|which|who|whose|with|at|of|in|on|for|from|covering|dedicated|headquartered|published)\b|[,;(]/i,
  );
  return cut < 0 ? description : description.slice(0, cut);
}

const FIRST_APPEARED = [
  /\b(?:this|the|a version of this) (?:article|story|piece|post|op-?ed|column|commentary|interview|essay|analysis|report)(?: was| is| has been)?(?: first| originally)? (?:appeared|published|posted|ran|run)(?: first| originally)? (?:in|on|at|by|with)\s+/di,
  /\b(?:originally|first) (?:appeared|published|posted|ran)(?: in| on| at| by| with)\s+/di,
  /\b(?:is|was) (?:re-?published|re-?printed|re-?posted|syndicated) (?:with permission |here )?(?:from|by|courtesy of)\s+/di,
  /^(?:re-?published|re-?printed|re-?posted) (?:with (?:the )?permission )?(?:from|by|of)\s+/di,
];
// The organisation: capitalised words (connectors allowed), or a domain name.
const ORGANISATION_AT =
  /^(?:[a-z0-9-]+\.)+[a-z]{2,}\b|^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|and|&|the|de|du|la|le)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*/u;

/** A line saying where the piece first appeared, or undefined. `line` is one line of the document. */
export function findFirstAppeared(line: Line): FoundBlurb | undefined {
  if (line.words > 60) return undefined;
  for (const pattern of FIRST_APPEARED) {
    pattern.lastIndex = 0;
    const m = pattern.exec(line.text);
    if (!m) continue;
    // A lower-case "the" belongs to the sentence, a capitalised one to the name ("the Northern Post", "The Conversation").
    const from = m.index + m[0].length + (/^the\s+/.exec(line.text.slice(m.index + m[0].length))?.[0].length ?? 0);
    const org = ORGANISATION_AT.exec(line.text.slice(from));
    if (!org) continue;
    const value = trimTrailingPeriod(org[0].replace(/['’]+$/, ''));
    if (value === '' || !isOrganisationName(value)) continue;
    return { lines: [line.index], name: { start: line.start + from, end: line.start + from + value.length, value } };
  }
  return undefined;
}
