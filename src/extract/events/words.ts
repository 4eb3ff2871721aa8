/** Closed word classes the event extractor reads structure from (lower case, ASCII apostrophes). */

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

export const DETERMINERS = set('a an the this that these those its their his her our your my some any no every each another such');

export const PRONOUNS = set('i we you he she it they who which that');

export const AUXILIARIES = set(
  "be is are was were been being am has have had having do does did will would shall should can could may might must 's 're 've 'll 'd to not n't never also still already",
);

export const PREPOSITIONS = set(
  'of in on at by for with from to into onto over under between among against during after before since until about around near across through toward towards upon within without amid amidst despite via per',
);

/** Prepositions after which an actor is a participant of a noun trigger ("talks between NATO and Russia"). */
export const PARTICIPANT_PREPOSITIONS = set('between with of by among involving including');

/** Prepositions naming the target of a hostile act ("attacks on Libya", "sanctions against Iran"). */
export const TARGET_PREPOSITIONS = set('on against');

/** Prepositions introducing what an event is about: what follows is a topic, not an argument. */
export const TOPIC_PREPOSITIONS = set('over about on regarding concerning');

/** Verbs that take another verb ("may consider withdrawing", "plans to deploy"): the subject is shared. */
export const CATENATIVES = set(
  'consider considers considered considering plan plans planned planning decide decides decided want wants wanted threaten threatens threatened threatening begin begins began start starts started continue continues continued agree agrees agreed refuse refuses refused try tries tried hope hopes hoped seek seeks sought intend intends intended expect expects expected aim aims aimed prepare prepares prepared vow vows vowed promise promises promised pledge pledges pledged to',
);

/** Prepositions before an event noun whose clause subject takes part in it ("discussed ... during a meeting"). */
export const SETTING_PREPOSITIONS = set('during at after before in following since throughout amid ahead');

/** Prepositions introducing the place of an event ("a meeting in Sochi"). */
export const PLACE_PREPOSITIONS = set('in at near outside inside across throughout');

export const CONJUNCTIONS = set('and or & nor');

/** Words that start a new clause, so arguments are not looked for across them. */
export const CLAUSE_OPENERS = set('which who whom whose while whereas although though because if unless when whenever where but however');

/** Reporting verbs: the speaker before one is not a participant of an event reported after it. */
export const REPORTING_VERBS = set(
  'said says say saying told tells warned warns added insisted insists argued argues noted believes believed complained regretted reminded announced declared according suggested stressed acknowledged admitted denied explained urged urges claimed stated reported disclosed divulged revealed confirmed',
);

/** Verbs and function words that can follow a noun trigger that is the head ("talks failed", "the vote was"). */
export const AFTER_HEAD = set(
  "is are was were be been being has have had will would could should may might must can do does did 's also still then however itself themselves here there now today yesterday tomorrow again last next this that which who whom whose where when while as so than but and or nor if because since though although until unless show shows showed shown say says said take takes took taken begin begins began begun end ends ended continue continues continued come comes came go goes went remain remains remained fail fails failed collapse collapses collapsed resume resumes resumed open opens opened start starts started produce produces produced yield yields yielded seem seems seemed appear appears appeared follow follows followed mark marks marked left leave leaves bring brings brought make makes made give gives gave lasted lasts last broke break breaks led lead leads killed kill kills wounded injured included include includes involve involves involved took place passed pass passes known shown given taken seen held set done written drawn broken begun won lost brought built put cut hit met sent spent struck run called named",
);

/** Light verbs whose subject takes part in the event named by their object ("held talks", "attended the summit"). */
export const LIGHT_VERBS = set(
  'held hold holds holding attended attend attends attending discussed discuss conducted conduct launched launch launches staged stage began begin resumed resume joined join signed sign reached reach concluded conclude gave give given made make carried carry opened open hosted host hosts hosting boycotted boycott called call present participated participate took take',
);

/** Conjunctions that set a clause before or after another happening ("before police raided the building"). */
export const SEQUENCING = set('before after until till');
