/**
 * Whether the text asserts an event, denies it, presents it as possible or as still to come,
 * read from the words that govern its trigger in its clause:
 *
 * - negated: "were not able to come to an agreement", "failed to reach a deal", "no agreement";
 * - possible: "if the talks fail", "may consider withdrawing", "could be delayed", "hopes of a deal",
 *   a question;
 * - future: "will hold talks", "plans to unveil", "the planned merger", "is expected to resign",
 *   an infinitive ("moved to lift the sanctions", a headline's "X to lift sanctions");
 * - asserted otherwise, and always inside a phrase that presupposes the event ("after the meeting").
 *
 * The words looked at are those between the start of the trigger's clause and the trigger, and
 * for a noun heading its clause ("the vote was cancelled", "talks will take place") the verb
 * group right after it. Negation outranks possibility, which outranks the future ("may plan to"
 * is possible, "will not sign" is negated).
 */

import type { Factuality } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import type { SentenceView } from './sentence-view.js';
import type { TriggerHit } from './triggers.js';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from './words.js';

export interface FactualityReading {
  factuality: Factuality;
  /** A marker was found; false when `asserted` is the default. */
  marked: boolean;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const NEGATION = set(
  "not n't never no without neither nor cannot failed fail fails failing unable refused refuse refuses refusing declined decline declines lack failure absence instead",
);
/** Possibility words; "may not", "might not" stay possible, "could not" is negated. */
const POSSIBLE = set(
  'may might could would should must can possibly perhaps potential possible proposed consider considers considered considering mulling weighing hope hopes hoped hoping hopeful want wants wanted seek seeks sought try tries tried attempt attempts attempted threatened threatens threaten prospect prospects possibility chance chances threat threats risk risks fear fears feared fearing worried worries calls call demand demands demanded urged urge urges proposal proposals bid unlikely likely whether',
);
const WEAK_POSSIBLE = set('may might');
const FUTURE = set(
  "will 'll shall wo plan plans planned planning intend intends intended expect expects expected scheduled schedule set due upcoming forthcoming next prepare prepares preparing preparations poised promise promises promised pledge pledges pledged vow vows vowed agree agrees agreed decide decides decided going aims aim aimed ready",
);
/** Verbs after which an infinitive happened: "managed to escape", "went on to win". */
const IMPLICATIVE = set(
  'managed manage manages began begin begins started start starts continued continue continues helped help helps went able',
);
/** Openers of a clause that does not assert what it holds. */
const CONDITIONAL_OPENERS = set('if unless whether whenever lest');
/** Words that end the trigger's clause, scanning left from it. */
const CLAUSE_BOUNDARIES = set('that which who whom whose because although though while whereas but when where so and or');
const HARD_BOUNDARY = /^(?:[;:,()[\]"“”—–]|--)$/;
/** Prepositions whose object is taken for granted: "after the meeting", "during the talks", "despite the ban". */
const PRESUPPOSING = set('after during following since amid amidst despite over about regarding concerning from throughout');
const DEFINITE = set('the this that these those its their his her our');
/** Verbs that bring about the event their object names: their modality is the event's ("did not reach an agreement"). */
const LIGHT = set(
  'reach reached reaches reaching come came comes coming hold held holds holding sign signed signs signing conclude concluded concludes stage staged stages launch launched launches conduct conducted conducts carry carried carries make made makes strike struck strikes seal sealed close closed closes complete completed completes finalize finalized finalise finalised approve approved approves announce announced announces have has had get got gets call called calls take took takes begin began begins start started starts resume resumed host hosted hosts organize organized organise organised attend attended join joined face faces faced order ordered orders impose imposed imposes',
);
/** Verbs a noun heading its clause takes to say whether the event takes place ("the vote was cancelled"). */
const CANCELLED = set('cancelled canceled scrapped abandoned blocked thwarted averted prevented foiled aborted');
const TAKES_PLACE = set(
  'take takes place happen happens occur occurs go proceed held reached signed completed finalized finalised approved',
);
/** The left context looked at, in tokens: a clause's verb group and the phrase the trigger heads. */
const LEFT_REACH = 10;

export function readFactuality(view: SentenceView, hit: TriggerHit): FactualityReading {
  const { tokens } = view;
  let negated = false;
  let possible = false;
  let weakPossible = false;
  let future = false;
  let implicative = false;
  let infinitive = false;
  let conditional = false;
  let governed = false;
  const record = (word: string): void => {
    if (NEGATION.has(word)) negated = true;
    else if (WEAK_POSSIBLE.has(word)) weakPossible = possible = true;
    else if (POSSIBLE.has(word)) possible = true;
    else if (FUTURE.has(word)) future = true;
  };

  for (let i = hit.first - 1, seen = 0; i >= 0 && seen < LEFT_REACH; i--, seen++) {
    const t = tokens[i]!;
    const word = t.lower;
    if (CONDITIONAL_OPENERS.has(word)) {
      conditional = true;
      break;
    }
    // "holding parliamentary elections ... and presidential elections": a coordinated noun phrase shares its verb.
    if ((word === 'and' || word === 'or') && hit.pos === 'noun' && i >= hit.first - 3) continue;
    // "would close its plant and lay off 400 workers": a bare verb after "and" shares the first one's modal.
    if ((word === 'and' || word === 'or') && hit.pos === 'verb' && isBareVerb(tokens[hit.first]!.lower)) continue;
    if (HARD_BOUNDARY.test(t.text) || CLAUSE_BOUNDARIES.has(word)) break;
    // "after the meeting": the event is presupposed, whatever governs the phrase.
    if (hit.pos === 'noun' && PRESUPPOSING.has(word)) break;
    if (view.mentionAt[i]) continue;
    // The noun phrase's determiner: what governs the phrase decides whether its markers reach the event.
    if (hit.pos === 'noun' && !governed && DETERMINERS.has(word)) {
      governed = true;
      record(word);
      if (CONDITIONAL_OPENERS.has(tokens[i - 1]?.lower ?? '')) {
        conditional = true;
        break;
      }
      const reach = governorReach(tokens, i - 1, { definite: DEFINITE.has(word) });
      if (reach.marker) record(reach.marker);
      if (!reach.continues) break;
      continue;
    }
    if (word === 'to' && i === hit.first - 1 && hit.pos === 'verb') {
      infinitive = true;
      const governor = tokens[i - 1]?.lower ?? '';
      if (IMPLICATIVE.has(governor)) implicative = true;
      continue;
    }
    record(word);
  }

  if (hit.pos === 'noun') {
    const after = rightVerbGroup(view, hit);
    negated ||= after.negated;
    possible ||= after.possible;
    future ||= after.future;
  }
  if (/\?$/.test(tokens[tokens.length - 1]?.text ?? '') || tokens.some((t) => t.text === '?')) possible = true;

  if (negated && !(weakPossible && !conditional)) return { factuality: 'negated', marked: true };
  if (conditional || possible || (negated && weakPossible)) return { factuality: 'possible', marked: true };
  if (future) return { factuality: 'future', marked: true };
  // "moved to lift the sanctions", a headline's "X to lift sanctions": not yet done.
  if (infinitive && !implicative) return { factuality: 'future', marked: true };
  return { factuality: 'asserted', marked: implicative };
}

/**
 * Whether the words governing a noun phrase (its determiner at `at + 1`) speak for the event it
 * names. A verb that brings the event about ("reach an agreement", "hold talks") passes on its own
 * modality ("were not able to come to an agreement"); a marker governs it directly ("hopes of a
 * deal", "no agreement"); any other verb or phrase ("will not undermine our revolution", "the
 * promise of the acquisition") says something about an event it takes for granted.
 */
function governorReach(tokens: readonly Token[], at: number, { definite }: { definite: boolean }): { continues: boolean; marker?: string } {
  const governor = tokens[at]?.lower;
  if (governor === undefined) return { continues: false };
  if (PRESUPPOSING.has(governor)) return { continues: false };
  if (PREPOSITIONS.has(governor)) {
    // "the promise of the acquisition" takes the acquisition for granted; "hopes of a deal" does not.
    if (definite) return { continues: false };
    const head = tokens[at - 1]?.lower ?? '';
    if (LIGHT.has(head)) return { continues: true };
    if (isMarker(head)) return { continues: false, marker: head };
    return { continues: false };
  }
  if (isMarker(governor) || LIGHT.has(governor) || AUXILIARIES.has(governor)) return { continues: true };
  return { continues: false };
}

/** A verb with no ending of its own ("lay off", "sign"): it takes its tense from a verb it is joined to. */
const isBareVerb = (word: string): boolean => !/(?:ed|en|ing|[^s]s)$/.test(word) && !PAST_FORMS.has(word);
const PAST_FORMS = set('met bought sold fought stole fled withdrew overthrew sank shot slain cut hurt went flew quit set led won lost');

const isMarker = (word: string): boolean => NEGATION.has(word) || POSSIBLE.has(word) || FUTURE.has(word);

/**
 * The verb group after a noun that heads its clause: "the vote was cancelled" (negated), "talks
 * will take place" (future), "a deal could be reached" (possible). Only verbs saying whether the
 * event takes place count: "the agreement will not affect prices" says nothing about the agreement.
 */
function rightVerbGroup(view: SentenceView, hit: TriggerHit): { negated: boolean; possible: boolean; future: boolean } {
  const out = { negated: false, possible: false, future: false };
  const { tokens } = view;
  let negated = false;
  let possible = false;
  let future = false;
  for (let i = hit.last + 1; i < tokens.length && i <= hit.last + 6; i++) {
    const word = tokens[i]!.lower;
    if (CANCELLED.has(word) || word === 'off') {
      out.negated = true;
      return out;
    }
    if (TAKES_PLACE.has(word)) {
      out.negated = negated;
      out.possible = possible;
      out.future = future;
      return out;
    }
    if (NEGATION.has(word)) negated = true;
    else if (POSSIBLE.has(word)) possible = true;
    else if (FUTURE.has(word)) future = true;
    // "the vote in the Senate was cancelled": a short phrase may stand between the noun and its verb.
    else if (PREPOSITIONS.has(word) || DETERMINERS.has(word) || view.mentionAt[i]) continue;
    else if (!/^(?:is|are|was|were|be|been|being|has|have|had|to|also|still|now|then|likely|soon|called)$/.test(word)) return out;
  }
  return out;
}
