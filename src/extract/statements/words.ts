/**
 * Closed word classes used to find the edges of noun phrases and clauses without a tagger.
 * All entries are lower case with ASCII apostrophes (Token.lower).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set(`
  the a an this that these those his her its their our my your some many several both all other another
  each every no any few most more much such either neither one two three four five six seven eight nine ten
  dozens hundreds thousands
`);

export const SUBJECT_PRONOUNS = set(`he she they it we i you`);

/** Plural nouns without a plural -s: "people say", "police believe" (a base form after them is their verb). */
export const UNMARKED_PLURALS = set(`people police children men women staff personnel clergy`);

/** Quantifiers that can float after their subject: "the senators all said", "they both agreed". */
export const FLOATING_QUANTIFIERS = set(`all both each`);

/** Pronouns that can stand for a speaker (subject or object position). */
export const PERSONAL_PRONOUNS = set(`he she they it we i you him her them us me`);

export const PREPOSITIONS = set(`
  of for in at on with from by to about after before during over under into onto against among between through
  since without within like than amid amidst despite near per via across around behind beyond toward towards
  upon throughout following regarding concerning including inside outside along beside besides
`);

/** Prepositions that may sit inside a speaker noun phrase: "a spokesman for the ministry", "head of the agency". */
export const NP_INNER_PREPOSITIONS = set(`of for at from in`);

export const CONJUNCTIONS = set(`
  and or but nor so yet because although though while whereas if when whenever unless until whether as once
  where which who whom whose what how why then
`);

export const AUXILIARIES = set(`
  be is are was were been being am 's 're 'm has have had having 've 'd do does did will would shall should
  can could may might must wo ca 'll
  isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't mustn't
`);

export const NEGATIONS = set(`not n't never no`);

/** Adverbs that commonly sit inside a reporting verb group: "also said", "has repeatedly warned". */
export const GROUP_ADVERBS = set(`
  also later earlier previously recently repeatedly once often again then now already still just further
  publicly privately reportedly only even first last quickly immediately flatly strongly bluntly angrily
  firmly openly explicitly initially finally separately similarly likewise indeed frequently consistently
  sharply clearly forcefully loudly quietly apparently allegedly bitterly strongly vehemently emphatically
  long always ever subsequently simply specifically directly personally officially formally privately
  famously memorably tearfully jokingly confidently cautiously calmly insistently sometimes usually
  yesterday today tonight
`);

/** Words before an -ing cue that share the clause's subject with it: "began by saying", "after warning", "kept insisting". */
export const ING_LEADS = set(`
  while before after by when without from in upon on
  keep keeps kept began begin begins started start starts continued continues stopped
`);

/** Verbs in ING_LEADS: their own subject is the speaker ("she keeps saying"). */
export const ASPECT_VERBS = set(`keep keeps kept began begin begins started start starts continued continues stopped`);

/** Nouns for documents, polls and records that can be the source of what they show. */
export const EVIDENCE_NOUNS = set(`
  poll polls survey surveys study studies report reports analysis analyses data figures numbers statistics research
  review reviews audit audits investigation probe video videos footage photo photos image images document documents
  records record tally average averages estimate estimates findings results census memo memos letter letters filing
  filings emails email transcript transcripts recording recordings evidence test tests model models projection
  projections forecast forecasts index count counts assessment assessments
`);

/** Cues whose evidence-noun subject takes content without a "that": "the poll showed Clinton ahead". */
export const EVIDENCE_VERBS = set(`show find reveal indicate suggest confirm estimate project`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Heads of time phrases that can sit between a subject and its verb: "Moscow last week warned". */
export const TIME_NOUNS = set(`
  week weeks month months year years day days weekend morning afternoon evening night today yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`);

/** Words that start an adjunct between a cue and its content: "said on Tuesday that", "told reporters in Paris". */
export const ADJUNCT_STARTERS = set(`
  on in at after before during during to from with while when last this yesterday today tonight earlier later
  late early recently again also repeatedly publicly privately separately afterwards afterward then
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Nouns for people who speak for an organisation: the organisation after "for/of/at" is the speaker. */
export const SPOKESPERSON_NOUNS = set(`
  spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative representatives
  official officials source sources aide aides envoy ambassador minister ministers secretary director chief
  head leader leaders member members officer officers adviser advisers advisor advisors lawyer lawyers
  attorney attorneys statement press
`);

/** Lower-case words that are never the head of a speaker noun phrase. */
export const NON_NOMINAL = new Set<string>([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...AUXILIARIES,
  ...NEGATIONS,
  ...GROUP_ADVERBS,
  'there',
  'here',
  'not',
  'very',
  'too',
  'so',
  'that',
  'this',
  'it',
  'what',
]);
