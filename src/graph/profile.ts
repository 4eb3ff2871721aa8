/**
 * Export profiles: how much of the article model the graph spells out (docs/graph-model.md,
 * "Profiles"). The model is the same in every profile; only the encoder reads these rules.
 */

export const PROFILES = ['full', 'standard', 'lean'] as const;
export type Profile = (typeof PROFILES)[number];
export const DEFAULT_PROFILE: Profile = 'standard';

export interface ProfileRules {
  /**
   * Every span typed newskg:TextSpan and oa:TextPositionSelector besides its own class, with its
   * own oa:hasSource: the Web Annotation selector written out in full. Otherwise a span carries
   * only its own class (none for a statement's or an event's spans, whose property says what
   * they are), and oa:hasSource only where nothing else ties it to its article.
   */
  selectors: boolean;
  /**
   * The text layer: mentions, sentences (and every node's link to its sentence), time
   * expressions, section and boilerplate nodes, a statement's cue and content spans, an event's
   * trigger and other mentions. Without it a fact keeps its own evidence span and its literals.
   */
  textLayer: boolean;
  /** Spans carry their words (oa:exact); otherwise only offsets into the article's text (whose hash is newskg:contentHash). */
  spanText: boolean;
  /** schema.org and SEM types beside newskg's on statements, events and roles, and a prov:wasGeneratedBy on each. */
  factAlignment: boolean;
  /** The class of each newskg:ArticleActor node; otherwise it is left to the domain of newskg:actor, which every such node has. */
  articleActorType: boolean;
  /**
   * A newskg:ArticleActor node's links to the statements and events of its article that name it
   * (speakerOf, topicOf, participantIn, placeOf); the facts' own links to the actor stay in every profile.
   */
  articleActorLinks: boolean;
}

const RULES: Record<Profile, ProfileRules> = {
  full: { selectors: true, textLayer: true, spanText: true, factAlignment: true, articleActorType: true, articleActorLinks: true },
  standard: { selectors: false, textLayer: true, spanText: true, factAlignment: true, articleActorType: true, articleActorLinks: true },
  lean: { selectors: false, textLayer: false, spanText: false, factAlignment: false, articleActorType: false, articleActorLinks: false },
};

export function profileRules(profile: Profile): ProfileRules {
  return RULES[profile];
}

export function isProfile(value: string): value is Profile {
  return (PROFILES as readonly string[]).includes(value);
}
