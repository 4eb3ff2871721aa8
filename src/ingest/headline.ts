/**
 * The article's own headline inside a page title: without the site name pages append or
 * prepend ("Talks fail | The Daily Meridian", "Talks fail - Meridian News", "Meridian News
 * - Talks fail"), and none at all when the title is the site's generic one ("Meridian News
 * - Latest News & Headlines").
 *
 * Why so careful: " - " also separates the two halves of real headlines ("Talks fail - and
 * why it matters"), so a dash only cuts off a known site name or a segment shaped like one;
 * a pipe, which headlines rarely use, also cuts off a short section name ("World news").
 */

export interface TextRange {
  start: number;
  end: number;
}

interface Segment extends TextRange {
  text: string;
  /** The separator before this segment ("" for the first). */
  before: string;
}

const SEPARATOR = /\s+(\|\||\||::|-|–|—|·|•|»)\s+/g;
const STRONG_SEPARATORS = new Set(['|', '||', '::', '·', '•', '»']);

// The last word of a site name: "The Daily Meridian", "Harbour Times", "Meridian News", "Example Online".
const SITE_WORD =
  /^(?:news|times|post|journal|herald|tribune|gazette|guardian|telegraph|express|mail|daily|weekly|online|network|tv|radio|media|magazine|wire|press|today|star|sun|chronicle|observer|independent|reporter|dispatch|courier|bulletin|register|inquirer|examiner|standard|mirror|monitor|insider|digest|newsroom)$/i;
// Site sections a pipe-separated title may name before the site: "Talks fail | World news | The Daily Meridian".
const SECTION_WORD =
  /^(?:news|world|uk|us|europe|africa|asia|americas|politics|business|money|markets|economy|tech|technology|science|health|sport|sports|culture|arts|opinion|opinions|comment|lifestyle|travel|entertainment|local|national|international|environment|climate|media)$/i;
// Words a site's generic title is made of: "Latest News & Headlines", "Breaking News, Videos and Analysis".
const GENERIC_WORD =
  /^(?:latest|breaking|top|news|headlines|stories|updates?|videos?|analysis|opinions?|sports?|weather|and|&|the|today|today's|world|local|national|international|daily|online|home|homepage|page|official|site|website|from|around|of|more|photos|live|business|politics|entertainment|current|affairs|events|your|source|for|in|on|us|uk)$/i;
const GENERIC_CORE = /^(?:news|headlines|home|homepage)$/i;

/**
 * Where the article's own headline is in `title` (offsets into `title`), or undefined when the
 * title is only the site's name or its generic title. `siteNames` are the publisher's names
 * known from elsewhere (page metadata, a copyright line, the URL's host).
 */
export function ownHeadline(title: string, siteNames: readonly string[] = []): TextRange | undefined {
  const known = new Set(siteNames.map(siteKey).filter((key) => key !== ''));
  const segments = splitSegments(title);
  // Next to a generic tagline ("Home", "Latest News & Headlines"), any short name is the site's.
  const tagline = segments.length > 1 && segments.some((segment) => isGeneric(segment.text));
  const isSite = (segment: Segment): boolean =>
    known.has(siteKey(segment.text)) || looksLikeSite(segment.text) || (tagline && isNameShaped(segment.text));
  let first = 0;
  let last = segments.length - 1;
  while (last > first) {
    const tail = segments[last]!;
    const cut = isSite(tail) || isGeneric(tail.text) || (STRONG_SEPARATORS.has(tail.before) && isSection(tail.text));
    if (!cut) break;
    last--;
  }
  while (last > first) {
    const head = segments[first]!;
    if (!(known.has(siteKey(head.text)) || isGeneric(head.text) || (tagline && isNameShaped(head.text)))) break;
    first++;
  }
  const kept = segments.slice(first, last + 1);
  const trimmed = kept.length < segments.length;
  if (kept.every((segment) => isGeneric(segment.text))) return undefined;
  // Only a site's name left: known as one, or shaped like one once a generic tagline was cut off.
  if (kept.length === 1 && (known.has(siteKey(kept[0]!.text)) || (trimmed && isSite(kept[0]!)))) return undefined;
  return { start: kept[0]!.start, end: kept[kept.length - 1]!.end };
}

/** The title as the article's own headline, or undefined when it is only the site's title. */
export function ownHeadlineText(title: string, siteNames: readonly string[] = []): string | undefined {
  const range = ownHeadline(title, siteNames);
  return range ? title.slice(range.start, range.end) : undefined;
}

/** A site's name from a URL host: "https://www.example-news.com/x" -> "example-news.com". */
export function siteNameOfUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./, '') || undefined;
}

function splitSegments(title: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let before = '';
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    segments.push({ start, end: m.index, text: title.slice(start, m.index), before });
    start = m.index + m[0].length;
    before = m[1]!;
  }
  segments.push({ start, end: title.length, text: title.slice(start), before });
  return segments.filter((segment) => segment.text.trim() !== '');
}

function wordsOf(text: string): string[] {
  return text.split(/[\s,]+/).filter((w) => w !== '');
}

/** Compares site names loosely: "The Daily Meridian", "daily meridian", "dailymeridian.com" are one site. */
function siteKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.(?:com|co\.uk|org|net|news|co|info)(?:\/.*)?$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "The Daily Meridian", "Meridian News", "example.com": capitalised words ending in a site word, or a domain. */
function looksLikeSite(text: string): boolean {
  const words = wordsOf(text.trim());
  if (words.length === 0 || words.length > 5) return false;
  if (/^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+$/u.test(text.trim())) return true;
  return SITE_WORD.test(words[words.length - 1]!) && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|on)$/.test(w));
}

/** Up to four capitalised words: "The Daily Meridian", "HGZ". */
function isNameShaped(text: string): boolean {
  const words = wordsOf(text.trim());
  return words.length > 0 && words.length <= 4 && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w));
}

/** "World news", "Politics", "UK": a site section. */
function isSection(text: string): boolean {
  const words = wordsOf(text.trim());
  return words.length <= 3 && words.every((w) => SECTION_WORD.test(w) || /^(?:&|and|the)$/i.test(w));
}

function isGeneric(text: string): boolean {
  const words = wordsOf(text.trim().replace(/[!.:;]+$/, ''));
  return words.length > 0 && words.every((w) => GENERIC_WORD.test(w)) && words.some((w) => GENERIC_CORE.test(w));
}
