import type { BoilerplateMatch } from './boilerplate.js';
import type { Marks } from './layout.js';
import type { Line } from './lines.js';
import { countSentences, endsWithTerminal } from './text.js';

/**
 * Page furniture that spans several lines, each harmless on its own:
 *   - menus and footers copied one item per line ("News / World / Business / Sport",
 *     "About us / Contact / Careers / Privacy Policy");
 *   - the headlines listed after "Related:", "Read more:" or a sponsored-links header.
 */

// Section and footer links every news site has; a run of short lines made mostly of them is a menu.
const MENU_WORDS = new RegExp(
  `^(?:${[
    'home',
    'news',
    'latest',
    'world',
    'uk',
    'us',
    'u\\.s\\.',
    'local',
    'national',
    'politics',
    'business',
    'economy',
    'markets',
    'money',
    'tech',
    'technology',
    'science',
    'health',
    'climate',
    'environment',
    'sport',
    'sports',
    'football',
    'culture',
    'arts',
    'books',
    'music',
    'film',
    'movies',
    'tv',
    'entertainment',
    'lifestyle',
    'life',
    'style',
    'fashion',
    'food',
    'travel',
    'opinion',
    'opinions',
    'comment',
    'analysis',
    'video',
    'videos',
    'podcasts?',
    'photos',
    'weather',
    'obituaries',
    'more',
    'menu',
    'search',
    'sections',
    'topics',
    'sign in',
    'log in',
    'subscribe',
    'newsletters?',
    'account',
    'my account',
    'about',
    'about us',
    'contact',
    'contact us',
    'careers',
    'jobs',
    'advertise',
    'advertise with us',
    'privacy',
    'privacy policy',
    'privacy notice',
    'terms',
    'terms of (?:service|use)',
    'terms (?:and|&) conditions',
    'cookie policy',
    'cookies',
    'accessibility',
    'sitemap',
    'site map',
    'help',
    'faq',
    'rss',
    'archive',
    'archives',
    'corrections',
    'masthead',
    'our team',
    'press',
    'feedback',
  ].join('|')})$`,
  'i',
);

const MIN_MENU_RUN = 3;
const NAVIGATION: BoilerplateMatch = { kind: 'navigation', evidence: 'menu-run' };

function isMenuLink(line: Line): boolean {
  return MENU_WORDS.test(line.text.replace(/\s*[:|›»>]$/, ''));
}

/** A line that can be a menu item: a few words, no sentence punctuation, no digits, not a byline. */
function isMenuItemShape(line: Line): boolean {
  return line.words <= 4 && !endsWithTerminal(line.text) && !/[\d,;]/.test(line.text) && !/^by\s/i.test(line.text);
}

/**
 * Marks runs of menu-item lines (blank lines between allowed) with two known section or
 * footer links or more, and at least half the lines known links or furniture already: the
 * whole run is navigation, its site-specific items included. Returns new marks; `marks`
 * is unchanged.
 */
export function markMenuRuns(lines: readonly Line[], marks: Marks): Marks {
  const out = [...marks];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (isMenuItemShape(lines[j]!) || marks[j] !== undefined)) j++;
    const run = lines.slice(i, j);
    const links = run.filter(isMenuLink).length;
    const known = run.filter((line) => marks[line.index] !== undefined || isMenuLink(line)).length;
    if (run.length >= MIN_MENU_RUN && links >= 2 && known * 2 >= run.length) {
      for (const line of run) if (out[line.index] === undefined) out[line.index] = NAVIGATION;
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Where a line stands when a list is read: body text, furniture already, or something else (headline, byline). */
export type LineState = 'body' | 'furniture' | 'other';

/**
 * The lines of a list of other stories or ads after its header: short, headline-like body
 * lines, up to the first line of running text; furniture among them is passed over. A line
 * standing alone before running text is a sub-heading of the article, not a list item, and
 * ends the list too.
 */
export function listItemsAfter(lines: readonly Line[], header: number, stateOf: (index: number) => LineState): number[] {
  const items: number[] = [];
  for (let k = header + 1; k < lines.length; k++) {
    const state = stateOf(k);
    if (state === 'furniture') continue;
    const line = lines[k]!;
    if (state === 'other' || !isHeadlineLike(line)) break;
    const next = lines[k + 1];
    if (next && line.gapBefore && line.gapAfter && stateOf(k + 1) === 'body' && !isHeadlineLike(next)) break;
    items.push(k);
  }
  return items;
}

/** A headline or link text: up to 20 words, one sentence, no full stop after a long sentence. */
function isHeadlineLike(line: Line): boolean {
  if (line.words > 20 || countSentences(line.text) > 1) return false;
  return !(line.text.endsWith('.') && line.words >= 10);
}
