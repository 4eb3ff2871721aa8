import type { BoilerplateKind } from '../core/types.js';

/**
 * Page furniture that comes along when an article is copied from a web page: comment
 * forms, newsletter and RSS prompts, share/follow buttons, related-article lists,
 * copyright and credit lines. Each rule looks at one trimmed line.
 */

export interface BoilerplateMatch {
  kind: BoilerplateKind;
  /** The line opens a page tail (comment form, related list): what follows is furniture too. */
  opensTail: boolean;
}

interface Rule {
  kind: BoilerplateKind;
  pattern: RegExp;
  /** Longest line (in words) the rule applies to; prose sentences that happen to match are longer. */
  maxWords: number;
  opensTail?: boolean;
}

const RULES: readonly Rule[] = [
  // Comment forms (WordPress and the like).
  { kind: 'comment-form', pattern: /^(?:leave a (?:reply|comment)|add (?:a )?comment|(?:\d+\s+)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d+\))?|join the (?:discussion|conversation))\s*:?$/i, maxWords: 5, opensTail: true },
  { kind: 'comment-form', pattern: /your email address will not be published|required fields are marked|save my name,? email,? and website|notify me of (?:follow-up comments|new posts)|this site uses akismet|you must be (?:logged in|registered) to (?:post a )?comment|comments are (?:closed|moderated)/i, maxWords: 40 },
  { kind: 'comment-form', pattern: /^(?:(?:post|submit|send) (?:a )?comment|cancel reply|website|comment|reply)\s*\*?\s*:?$|^(?:name|e-?mail(?: address)?|message)\s*(?:\*|\(required\))\s*:?$/i, maxWords: 4 },
  { kind: 'comment-form', pattern: /^(?:view|show|read|see|load) (?:all )?(?:the )?(?:\d+ )?(?:comments|replies|discussion|conversation)\b|^(?:log ?in|sign in|register) to (?:comment|reply)\b/i, maxWords: 10 },

  // Newsletter, RSS and subscription prompts.
  { kind: 'newsletter', pattern: /\bnewsletters?\b.*\b(?:click|sign up|subscribe|deliver(?:ed)?|receive|inbox|e-?mail|get)\b|\b(?:click|sign up|subscribe|receive|get)\b.*\bnewsletters?\b/i, maxWords: 45 },
  { kind: 'newsletter', pattern: /\bRSS\b|\b(?:delivered |straight )?to your inbox\b|^enter your e-?mail\b/i, maxWords: 45 },
  { kind: 'newsletter', pattern: /^(?:subscribe|sign up)\b/i, maxWords: 15 },

  // Share, follow, related and site navigation.
  { kind: 'navigation', pattern: /^(?:related(?: (?:articles?|posts?|stories|coverage|content|news|topics|reading))?|more (?:from|on|in)\b.*|more (?:stories|news|articles)|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest (?:news|stories|articles)|further reading|share this(?: article| story| post| page)?|share)\s*:?$/i, maxWords: 6, opensTail: true },
  { kind: 'navigation', pattern: /^(?:related|read more|see also|also read|read also|more|watch|listen|read next|recommended)\s*:\s*\S/i, maxWords: 30 },
  { kind: 'navigation', pattern: /^(?:read|see) (?:more|also|next)\s*:?$/i, maxWords: 3 },
  { kind: 'navigation', pattern: /^(?:tweet|email|e-mail|print|pin(?: it)?|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|flipboard|copy link|x|threads|bluesky|mastodon)\s*:?$/i, maxWords: 2 },
  { kind: 'navigation', pattern: /^(?:share (?:this|on|via|the|to)\b|click to (?:share|email|print|tweet)\b|follow (?:us|@\S+|\S+(?: \S+){0,4} on)\b)/i, maxWords: 14 },
  { kind: 'navigation', pattern: /^(?:tags?|topics?|filed under|categories|category|posted in|keywords)\s*:/i, maxWords: 40 },
  { kind: 'navigation', pattern: /^(?:skip to (?:main )?content|menu|main menu|search|home|sign in|log in|register|my account|advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading|back to top|scroll to continue|close|open menu|toggle navigation|print this (?:article|page)|listen to (?:this )?article|previous (?:article|post|story)|next (?:article|post|story))\s*[:.]?$/i, maxWords: 6 },
  { kind: 'navigation', pattern: /^\d+\s*min(?:ute)?s?\.? read\b/i, maxWords: 6 },
  { kind: 'navigation', pattern: /^read the (?:rest|full (?:story|article))\b|^click here to (?:read|see|watch|view|continue)\b/i, maxWords: 15 },
  // Breadcrumbs: "Home > World > Europe".
  { kind: 'navigation', pattern: /^[\p{L}&' -]{1,30}(?:\s[>›»/]\s[\p{L}&' -]{1,30}){1,6}$/u, maxWords: 15 },

  // Copyright, credits, captions and disclaimers.
  { kind: 'other', pattern: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i, maxWords: 30 },
  { kind: 'other', pattern: /^\(?(?:additional )?(?:reporting|writing|editing|research) by\b|\bediting by\b/i, maxWords: 40 },
  { kind: 'other', pattern: /^editor['’]?s note\b|^(?:disclaimer|disclosure|correction)\s*:/i, maxWords: 120 },
  { kind: 'other', pattern: /^(?:(?:file )?photo|image|picture|video|graphic|illustration|caption|photograph)(?: credits?)?\s*:|^\(?(?:photo|image)(?: credit)?\s*(?:by|:)|^(?:getty images|shutterstock|ap photo|afp photo)\b/i, maxWords: 40 },
  { kind: 'other', pattern: /^\(?the (?:views|opinions)(?: and opinions)? expressed\b/i, maxWords: 60 },
];

export function matchBoilerplate(line: string, words: number): BoilerplateMatch | undefined {
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.pattern.test(line)) return { kind: rule.kind, opensTail: rule.opensTail ?? false };
  }
  return undefined;
}
