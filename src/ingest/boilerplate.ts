import { caseless } from '../core/caseless.js';
import type { BoilerplateEvidence, BoilerplateKind } from '../core/types.js';

/**
 * Page furniture that comes along when an article is copied from a web page: cookie
 * notices, menus and page controls, share buttons, advertisements and sponsored widgets,
 * newsletter prompts, related-story lists, photo credits, comment forms, copyright and
 * credit lines. Each rule looks at one trimmed line; runs of lines are found in
 * furniture-runs.ts.
 *
 * Captions stay article text (a reader sees them as part of the story); their credit line
 * ("Photo: Jane Doe/Reuters") does not.
 */

export interface BoilerplateMatch {
  kind: BoilerplateKind;
  evidence: Extract<BoilerplateEvidence, 'line-pattern' | 'menu-run'>;
  /** What the line says about the lines after it (see Opens). */
  opens?: Opens;
}

/**
 * 'tail': the line opens the page tail (a comment form): every later body line is furniture.
 * 'list': the line heads a list of other stories or ads ("Related:", "Sponsored links"): the
 * short, headline-like lines after it are furniture, up to the next line of running text.
 */
export type Opens = 'tail' | 'list';

interface Rule {
  kind: BoilerplateKind;
  pattern: { test(line: string): boolean };
  /** Longest line (in words) the rule applies to; prose sentences that happen to match are longer. */
  maxWords: number;
  opens?: Opens;
  /**
   * A cheap test every line the pattern matches passes: the costly patterns (case-insensitive
   * Unicode letter classes) are then compiled and run only for the few lines that may match.
   */
  may?: (line: string) => boolean;
}

// Share and follow targets, as the buttons are labelled.
const SHARE_TARGET =
  '(?:facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|tumblr|messenger|bluesky|threads|mastodon|email|e-mail)';

const RULES: readonly Rule[] = withoutIgnoreCase([
  // Cookie and consent notices.
  {
    kind: 'cookie-notice',
    pattern:
      /\b(?:we|this (?:web)?site|our (?:web)?site|we and our (?:partners|vendors))\s+(?:(?:and our partners|may)\s+)?(?:use|uses|store|set)\s+cookies\b|\byou (?:agree|consent) to (?:our|the) use of cookies\b|\bby continuing to (?:browse|use|visit) (?:this|our|the) (?:web)?site\b|^(?:read|see|view) our (?:cookie|privacy) (?:policy|notice)\b/i,
    maxWords: 70,
  },
  {
    kind: 'cookie-notice',
    pattern:
      /^(?:(?:accept|reject|allow|decline|refuse)(?: all| necessary| essential)?(?: cookies)?|manage (?:cookies|preferences|consent|choices|settings)|(?:cookie|privacy) (?:settings|preferences|choices)|do not sell(?: or share)? my (?:personal )?information|i (?:agree|accept)|got it)\s*[.!]?$/i,
    maxWords: 9,
  },

  // Comment forms (WordPress and the like): the comment section runs to the end of the page.
  {
    kind: 'comment-form',
    pattern:
      /^(?:leave a (?:reply|comment)|add (?:a )?comment|(?:\d+\s+)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d+\))?|join the (?:discussion|conversation))\s*:?$/i,
    maxWords: 5,
    opens: 'tail',
  },
  {
    kind: 'comment-form',
    pattern:
      /your email address will not be published|required fields are marked|save my name,? email,? and website|notify me of (?:follow-up comments|new posts)|this site uses akismet|you must be (?:logged in|registered) to (?:post a )?comment|comments are (?:closed|moderated)/i,
    maxWords: 40,
  },
  {
    kind: 'comment-form',
    pattern:
      /^(?:(?:post|submit|send) (?:a )?comment|cancel reply|website|comment|reply)\s*\*?\s*:?$|^(?:name|e-?mail(?: address)?|message)\s*(?:\*|\(required\))\s*:?$/i,
    maxWords: 4,
  },
  {
    kind: 'comment-form',
    pattern:
      /^(?:view|show|read|see|load) (?:all )?(?:the )?(?:\d+ )?(?:comments|replies|discussion|conversation)\b|^(?:log ?in|sign in|register) to (?:comment|reply)\b/i,
    maxWords: 10,
  },

  // Newsletter, RSS and subscription prompts.
  {
    kind: 'newsletter',
    pattern:
      /\bnewsletters?\b.*\b(?:click|sign up|subscribe|deliver(?:ed)?|receive|inbox|e-?mail|get)\b|\b(?:click|sign up|subscribe|receive|get)\b.*\bnewsletters?\b/i,
    maxWords: 45,
  },
  {
    kind: 'newsletter',
    pattern:
      /\bRSS\b|\b(?:delivered |straight )?to your inbox\b|^enter your e-?mail\b|^by (?:signing up|subscribing|clicking|registering)\b|^thank you for (?:signing up|subscribing)\b/i,
    maxWords: 45,
  },
  { kind: 'newsletter', pattern: /^(?:subscribe|sign up)\b/i, maxWords: 15 },

  // Advertisements, sponsored widgets and the site's own promotions.
  {
    kind: 'advertisement',
    pattern:
      /^(?:advertisement|advertising|ad|sponsored(?: content| post| stories| links)?|paid (?:post|content)|promoted(?: content| stories| links)?|partner content|(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|scroll to continue(?: with content)?|skip (?:ad|advertisement))\s*[:.]?$/i,
    maxWords: 8,
  },
  {
    kind: 'advertisement',
    pattern:
      /^(?:(?:sponsored|promoted|paid|recommended)(?: links| stories| content| posts?)?\s+(?:by|from)\s+[\p{L}.&' -]{1,30}|around the web|you may like|from our partners|ads by\s+[\p{L}.&' -]{1,30})$/iu,
    maxWords: 6,
    opens: 'list',
    may: (line) => /^(?:sponsored|promoted|paid|recommended|around|you|from|ads)/iu.test(line),
  },
  { kind: 'advertisement', pattern: /^sponsored\s*[|:·•-]\s*\S|\s[|·•]\s*sponsored$/i, maxWords: 8 },
  // A promotion of the site's own pages: "Series Name: one line about it. Check it out here."
  {
    kind: 'advertisement',
    pattern:
      /^\p{Lu}[^:.!?]{1,40}:\s.*(?:^|[.!?]\s+)(?:check it out(?: here)?|read (?:it |more |them )?here|find out more(?: here)?|learn more(?: here)?|(?:watch|listen|see) (?:it |them |now |more )?here|here)[.!]?$/iu,
    maxWords: 45,
    may: (line) => line.includes(':') && /(?:here|out|more)[.!]?$/iu.test(line),
  },

  // Related stories: a line that names one, or heads a list of them.
  {
    kind: 'related-links',
    pattern:
      /^(?:related(?: (?:articles?|posts?|stories|coverage|content|news|topics|reading|links))?|more (?:from|on|in|about)\b.*|more (?:stories|news|articles|coverage)|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest (?:news|stories|articles)|further reading|read more|see also|also read|read next|what to read next|editors['’]? picks)\s*:?$/i,
    maxWords: 6,
    opens: 'list',
  },
  {
    kind: 'related-links',
    pattern: /^\[?(?:related|read more|see also|also read|read also|more|read|read next|recommended)\s*:\s*\S/i,
    maxWords: 30,
  },
  // A whole line in square brackets that reads as a headline: "[Bardo museum houses Roman treasures]".
  {
    kind: 'related-links',
    pattern: /^\[\p{Lu}[^\]\n.!?]*\s[^\]\n.!?]*\s[^\]\n.!?]*\]$/u,
    maxWords: 25,
    may: (line) => line.startsWith('['),
  },

  // Share and follow buttons.
  {
    kind: 'share-buttons',
    pattern: new RegExp(
      `^(?:share|tweet|print|save|pin(?: it)?|copy link|copy url|gift(?: this)? article|${SHARE_TARGET}|(?:\\d[\\d.,]*k?\\s+)?shares?)\\s*:?$`,
      'i',
    ),
    maxWords: 3,
  },
  {
    kind: 'share-buttons',
    pattern: new RegExp(
      `^(?:share (?:this|on|via|the|to)\\b|click to (?:share|email|print|tweet)\\b|(?:share|post) (?:on|to) ${SHARE_TARGET}\\b|follow (?:us|@\\S+|\\S+(?: \\S+){0,4} on)\\b)`,
      'i',
    ),
    maxWords: 14,
  },
  {
    kind: 'share-buttons',
    pattern: new RegExp(`^(?:share|${SHARE_TARGET})(?:\\s*[|·•/]\\s*(?:share|${SHARE_TARGET}|print|copy link)){2,}$`, 'i'),
    maxWords: 14,
  },

  // Photo credits (the caption above them stays).
  {
    kind: 'photo-credit',
    pattern:
      /^(?:(?:file )?photo(?:graph)?s?|images?|pictures?|video|graphic|illustration|caption|credits?|photo credits?|image credits?|image source|image copyright|source)\s*[:,]|^\(?(?:(?:file )?photo(?:graph)?|image|picture)(?: credit)?\s+(?:by|courtesy(?: of)?)\b|^credit\s+\p{Lu}[^.!?]{0,80}(?:\/|\bgetty images\b|\bfor the\b|\bvia\b)|^\(?(?:getty images|shutterstock|alamy|ap photo|afp photo|reuters photo|epa photo)\b/iu,
    maxWords: 25,
    may: (line) =>
      /^\(?(?:file |photo|image|picture|video|graphic|illustration|caption|credit|source|getty images|shutterstock|alamy|ap photo|afp photo|reuters photo|epa photo)/iu.test(
        line,
      ),
  },
  {
    kind: 'photo-credit',
    pattern: /^(?:photo(?:graph)?|image|picture|video|gallery|graphic|enlarge this image|(?:source|picture|photo|image)\s*:\s*supplied)$/i,
    maxWords: 4,
  },
  // "Jane Doe/Reuters", "Jane Doe / AFP via Getty Images", "(AP Photo/Jane Doe)".
  {
    kind: 'photo-credit',
    pattern:
      /^\(?[\p{Lu}][\p{L}.'’ -]{1,60}\s?\/\s?(?:[\p{L}.'’ -]{0,40}\b(?:getty images|reuters|afp|ap|epa|pa|shutterstock|alamy|bloomberg|anadolu|xinhua|sipa|rex features|ap photo))\)?$/iu,
    maxWords: 12,
    may: (line) =>
      line.includes('/') &&
      /(?:images|reuters|afp|ap|epa|pa|shutterstock|alamy|bloomberg|anadolu|xinhua|sipa|features|photo)\)?$/iu.test(line),
  },

  // Site navigation and page controls.
  { kind: 'navigation', pattern: /^(?:tags?|topics?|filed under|categories|category|posted in|keywords|more about)\s*:/i, maxWords: 40 },
  {
    kind: 'navigation',
    pattern:
      /^(?:skip to (?:main )?(?:content|navigation)|menu|main menu|search|home|sign in|log in|log out|register|my account|continue reading(?: the main story)?|back to top|close|open menu|toggle navigation|print this (?:article|page)|listen to (?:this )?(?:article|story)(?:\s*[·•|-]?\s*\d+\s*min(?:ute)?s?)?|previous (?:article|post|story|page)|next (?:article|post|story|page)|load more|show more|(?:see|view) all)\s*[:.]?$/i,
    maxWords: 8,
  },
  { kind: 'navigation', pattern: /^\d+\s*min(?:ute)?s?\.? read\b/i, maxWords: 6 },
  {
    kind: 'navigation',
    pattern: /^read the (?:rest|full (?:story|article))\b|^click here to (?:read|see|watch|view|continue)\b/i,
    maxWords: 15,
  },
  // Text settings: "Font size: A A A", and font pickers that list typefaces ("Georgia Helvetica Verdana").
  {
    kind: 'navigation',
    pattern:
      /^(?:font|text|type)(?: size| settings| face| family)?\s*[:|]|^(?:(?:arial|helvetica(?: neue)?|georgia|verdana|tahoma|times(?: new roman)?|courier(?: new)?|garamond|roboto|open sans|lato|merriweather|sans-serif|serif|monospace)[\s,|/]*){2,}$/i,
    maxWords: 12,
  },
  // Breadcrumbs and menus on one line: "Home > World > Europe", "News | World | Business".
  { kind: 'navigation', pattern: { test: isMenuLine }, maxWords: 30 },

  // Copyright, credits, notes and disclaimers.
  { kind: 'copyright', pattern: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i, maxWords: 30 },
  { kind: 'credits', pattern: /^\(?(?:additional )?(?:reporting|writing|editing|research) by\b|\bediting by\b/i, maxWords: 40 },
  { kind: 'editor-note', pattern: /^editor['’]?s note\b|^correction\s*:/i, maxWords: 120 },
  {
    kind: 'disclaimer',
    pattern: /^(?:disclaimer|disclosure)\s*:|^\(?the (?:views|opinions)(?: and opinions)? expressed\b/i,
    maxWords: 120,
  },
]);

/**
 * The rules' patterns without the i flag where they have no u flag (core/caseless.ts): each is
 * compiled in every process that reads a page, and compiles faster so.
 */
function withoutIgnoreCase(rules: Rule[]): Rule[] {
  return rules.map((rule) =>
    rule.pattern instanceof RegExp && !rule.pattern.unicode ? { ...rule, pattern: caseless(rule.pattern) } : rule,
  );
}

// One item of a menu or breadcrumb line: at most four words, letters only. Matched case-sensitively
// because case-insensitive Unicode letter classes are slow to compile; U+0345, which case folding
// maps to a letter, keeps the class what it was case-insensitively.
const MENU_ITEM = /^[\p{L}\u0345&'’-]+(?: [\p{L}\u0345&'’-]+){0,3}$/u;

/** Two to nine items between " > " (or › » /), or three to thirteen between " | " (or • ·), not a byline. */
function isMenuLine(line: string): boolean {
  const crumbs = line.split(/\s[>›»/]\s/);
  if (crumbs.length >= 2 && crumbs.length <= 9 && crumbs.every((item) => MENU_ITEM.test(item))) return true;
  const items = line.split(/\s[|•·]\s/);
  return items.length >= 3 && items.length <= 13 && !/^[Bb][Yy]\s/.test(line) && items.every((item) => MENU_ITEM.test(item));
}

export function matchBoilerplate(line: string, words: number): BoilerplateMatch | undefined {
  for (const rule of RULES) {
    if (words <= rule.maxWords && (!rule.may || rule.may(line)) && rule.pattern.test(line))
      return { kind: rule.kind, evidence: 'line-pattern', ...(rule.opens ? { opens: rule.opens } : {}) };
  }
  return undefined;
}
