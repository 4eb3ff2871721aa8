import type { StatementEvidence, StatementType } from '../../core/types.js';

/**
 * The reporting-cue lexicon: verbs and phrases that introduce what someone said or thinks, with
 * their lemma, the statement type they signal and how their complement is built. Inflections are
 * generated; irregular forms are listed.
 */

export type VerbForm = 'base' | 's' | 'past' | 'part' | 'ing';

export interface CueEntry {
  /** Lemma as reported in StatementRecord.cueLemma ("warn", "point out", "make it clear"). */
  lemma: string;
  type: StatementType;
  /** What the verb reports: speech, thought, evidence or an evaluation (see CUE_KINDS). */
  kind: CueKind;
  /** The verb token's lemma ("point" for "point out"). */
  verb: string;
  /** Tokens that must follow the verb for the cue to hold ("out", "it clear"). */
  particle: readonly string[];
  /** Usable after its content with the speaker after it: "..., said Lavrov". */
  inverted: boolean;
  /** Takes a recipient before the content: "told reporters that", "warned Congress that". */
  recipient: boolean;
  /** Only a cue when a clause marker (that, a quote, a colon, wh-word) follows: "found that", "fear that". */
  clauseOnly: boolean;
  /** Only a cue in speech patterns (inverted, quote or colon): "continued:". */
  speechOnly: boolean;
  /** A clause-only verb whose noun-phrase object still reports an attitude when a named actor or a pronoun is its subject: "Clinton mentioned the pact". */
  namedObject: boolean;
  /** Its base and -s forms are more often nouns ("states", "claims"): those need a clause marker after them. */
  nounLike: boolean;
  /** "called the plan a mistake": an object then a label (a noun phrase or a quotation). */
  label: boolean;
  /** A to-infinitive after it marks the content like a clause would: "plans to", "refused to". */
  infinitive: boolean;
  /** Also a verb of physical attack: not a cue when its object is a place or a building ("attacked the embassy"). */
  physical: boolean;
  /** Prepositions that open its content: "concerned about", "insistent upon". */
  markers: readonly string[];
  /** Only a cue with an object then "to" and what it is set beside: "compared the levy to a tax". */
  objectTo?: boolean;
}

export type CueKind = Extract<StatementEvidence['cue'], 'speech' | 'thought' | 'evidence' | 'evaluation'>;

interface Spec {
  lemma: string;
  type: StatementType;
  flags?: string;
  irregular?: Partial<Record<VerbForm, string>>;
  /** Double the final consonant before -ed/-ing (rap -> rapped). */
  double?: boolean;
}

// flags: i = inverted, r = recipient, c = clause only, s = speech only, n = noun-like base/-s forms, l = object + label,
// t = a to-infinitive marks the content, o = a noun-phrase object counts after a named subject (with c),
// k = only with an object then "to" ("compared the levy to a tax"),
// p = also a verb of physical attack: not a cue when its object is a place or a building ("attacked the embassy")
const SPECS: readonly Spec[] = [
  { lemma: 'say', type: 'assertion', flags: 'i', irregular: { past: 'said', part: 'said', s: 'says' } },
  { lemma: 'tell', type: 'assertion', flags: 'r', irregular: { past: 'told', part: 'told' } },
  { lemma: 'state', type: 'assertion', flags: 'in' },
  { lemma: 'add', type: 'assertion', flags: 'i' },
  { lemma: 'note', type: 'assertion', flags: 'in' },
  { lemma: 'explain', type: 'assertion', flags: 'i' },
  { lemma: 'stress', type: 'assertion', flags: 'in' },
  { lemma: 'emphasize', type: 'assertion', flags: 'i' },
  { lemma: 'emphasise', type: 'assertion', flags: 'i' },
  { lemma: 'underline', type: 'assertion', flags: 'co' },
  { lemma: 'point out', type: 'assertion', flags: 'i' },
  { lemma: 'announce', type: 'assertion', flags: 'i' },
  { lemma: 'report', type: 'assertion', flags: 'in' },
  { lemma: 'declare', type: 'assertion', flags: 'i' },
  { lemma: 'write', type: 'assertion', flags: 'i', irregular: { past: 'wrote', part: 'written' } },
  { lemma: 'tweet', type: 'assertion', flags: 'in' },
  { lemma: 'claim', type: 'assertion', flags: 'in' },
  { lemma: 'argue', type: 'assertion', flags: 'i' },
  { lemma: 'assert', type: 'assertion', flags: 'i' },
  { lemma: 'maintain', type: 'assertion', flags: 'c' },
  { lemma: 'contend', type: 'assertion', flags: 'i' },
  { lemma: 'remind', type: 'assertion', flags: 'r' },
  { lemma: 'mention', type: 'assertion', flags: 'co' },
  { lemma: 'recall', type: 'assertion', flags: 'ico' },
  { lemma: 'reply', type: 'assertion', flags: 'isn' },
  { lemma: 'respond', type: 'assertion', flags: 'is' },
  { lemma: 'answer', type: 'assertion', flags: 'isn' },
  { lemma: 'continue', type: 'assertion', flags: 'is' },
  { lemma: 'read', type: 'assertion', flags: 'is', irregular: { past: 'read', part: 'read' } },
  { lemma: 'reiterate', type: 'assertion', flags: 'i' },
  { lemma: 'repeat', type: 'assertion', flags: 'co' },
  { lemma: 'confirm', type: 'assertion', flags: 'i' },
  { lemma: 'reveal', type: 'assertion', flags: 'co' },
  { lemma: 'disclose', type: 'assertion', flags: 'co' },
  { lemma: 'divulge', type: 'assertion', flags: 'c' },
  { lemma: 'advertise', type: 'assertion', flags: 'cn' },
  { lemma: 'testify', type: 'assertion', flags: 'c' },
  { lemma: 'observe', type: 'assertion', flags: 'ic' },
  { lemma: 'comment', type: 'assertion', flags: 'isn' },
  { lemma: 'remark', type: 'assertion', flags: 'in' },
  { lemma: 'indicate', type: 'assertion', flags: 'c' },
  { lemma: 'show', type: 'assertion', flags: 'c', irregular: { part: 'shown' } },
  { lemma: 'find', type: 'assertion', flags: 'c', irregular: { past: 'found', part: 'found' } },
  { lemma: 'conclude', type: 'assertion', flags: 'c' },
  { lemma: 'learn', type: 'assertion', flags: 'c' },
  { lemma: 'make it clear', type: 'assertion' },
  { lemma: 'call', type: 'assertion', flags: 'nl' },
  { lemma: 'cite', type: 'assertion', flags: 'n' },
  { lemma: 'make clear', type: 'assertion' },
  { lemma: 'spell out', type: 'assertion' },
  { lemma: 'acknowledge', type: 'admission', flags: 'i' },
  { lemma: 'admit', type: 'admission', flags: 'i', double: true },
  { lemma: 'concede', type: 'admission', flags: 'i' },
  { lemma: 'agree', type: 'agreement', flags: 'it' },
  { lemma: 'accept', type: 'agreement', flags: 'co' },
  { lemma: 'confess', type: 'admission', flags: 'i' },
  { lemma: 'warn', type: 'warning', flags: 'irn' },
  { lemma: 'caution', type: 'warning', flags: 'ir' },
  { lemma: 'alert', type: 'warning', flags: 'cn' },
  { lemma: 'threaten', type: 'threat', flags: 'ct' },
  { lemma: 'demand', type: 'demand', flags: 'int' },
  { lemma: 'urge', type: 'demand', flags: 'int' },
  { lemma: 'call for', type: 'demand', flags: 'n' },
  { lemma: 'call on', type: 'demand', flags: 'nt' },
  { lemma: 'call upon', type: 'demand', flags: 'nt' },
  { lemma: 'insist', type: 'assertion', flags: 'i' },
  { lemma: 'press for', type: 'demand', flags: 'n' },
  { lemma: 'push for', type: 'demand', flags: 'n' },
  { lemma: 'appeal for', type: 'demand', flags: 'n' },
  { lemma: 'request', type: 'demand', flags: 'n' },
  { lemma: 'propose', type: 'proposal', flags: 't' },
  { lemma: 'suggest', type: 'proposal', flags: 'i' },
  { lemma: 'offer', type: 'proposal', flags: 'cnt' },
  { lemma: 'recommend', type: 'proposal' },
  { lemma: 'advise', type: 'proposal', flags: 'r' },
  { lemma: 'deny', type: 'denial' },
  { lemma: 'reject', type: 'denial' },
  { lemma: 'dismiss', type: 'denial' },
  { lemma: 'refute', type: 'denial' },
  { lemma: 'rebuff', type: 'denial' },
  { lemma: 'rule out', type: 'denial' },
  { lemma: 'criticize', type: 'criticism' },
  { lemma: 'criticise', type: 'criticism' },
  { lemma: 'condemn', type: 'criticism' },
  { lemma: 'slam', type: 'criticism', flags: 'np', double: true },
  { lemma: 'rap', type: 'criticism', flags: 'n', double: true },
  { lemma: 'blast', type: 'criticism', flags: 'np' },
  { lemma: 'blame', type: 'criticism' },
  { lemma: 'denounce', type: 'criticism' },
  { lemma: 'decry', type: 'criticism' },
  { lemma: 'lambaste', type: 'criticism' },
  { lemma: 'chide', type: 'criticism' },
  { lemma: 'rebuke', type: 'criticism', flags: 'n' },
  { lemma: 'castigate', type: 'criticism' },
  { lemma: 'scold', type: 'criticism' },
  { lemma: 'assail', type: 'criticism', flags: 'p' },
  { lemma: 'deplore', type: 'criticism' },
  { lemma: 'hit out', type: 'criticism', flags: 'p', irregular: { past: 'hit', part: 'hit' }, double: true },
  { lemma: 'lash out', type: 'criticism' },
  { lemma: 'regret', type: 'regret', flags: 'n', double: true },
  { lemma: 'lament', type: 'regret', flags: 'n' },
  { lemma: 'apologize', type: 'regret' },
  { lemma: 'apologise', type: 'regret' },
  { lemma: 'complain', type: 'complaint', flags: 'i' },
  { lemma: 'protest', type: 'complaint', flags: 'cn' },
  { lemma: 'grumble', type: 'complaint', flags: 'i' },
  { lemma: 'believe', type: 'belief' },
  { lemma: 'think', type: 'belief', flags: 'i', irregular: { past: 'thought', part: 'thought' } },
  { lemma: 'consider', type: 'belief', flags: 'c' },
  { lemma: 'regard', type: 'belief', flags: 'nc' },
  { lemma: 'view', type: 'belief', flags: 'cn' },
  { lemma: 'feel', type: 'belief', flags: 'c', irregular: { past: 'felt', part: 'felt' } },
  { lemma: 'reckon', type: 'belief', flags: 'i' },
  { lemma: 'suspect', type: 'belief', flags: 'c' },
  { lemma: 'doubt', type: 'belief', flags: 'cn' },
  { lemma: 'fear', type: 'belief', flags: 'cn' },
  { lemma: 'hope', type: 'belief', flags: 'cnt' },
  { lemma: 'worry', type: 'belief', flags: 'c' },
  { lemma: 'know', type: 'belief', flags: 'co', irregular: { past: 'knew', part: 'known' } },
  { lemma: 'promise', type: 'promise', flags: 'irnt' },
  { lemma: 'pledge', type: 'promise', flags: 'nt' },
  { lemma: 'vow', type: 'promise', flags: 'int' },
  { lemma: 'guarantee', type: 'promise', flags: 'c' },
  { lemma: 'assure', type: 'promise', flags: 'r' },
  { lemma: 'accuse', type: 'accusation' },
  { lemma: 'charge', type: 'accusation', flags: 'cn' },
  { lemma: 'allege', type: 'accusation', flags: 'i' },
  { lemma: 'predict', type: 'prediction', flags: 'i' },
  { lemma: 'expect', type: 'prediction', flags: 'ct' },
  { lemma: 'forecast', type: 'prediction', flags: 'n', irregular: { past: 'forecast', part: 'forecast' } },
  { lemma: 'anticipate', type: 'prediction', flags: 'c' },
  { lemma: 'estimate', type: 'prediction', flags: 'cn' },
  // Stance verbs: what someone wants, supports or rejects is attributed to them too; what they plan, seek or
  // intend to do is an intention, not a statement ("Russia plans to …", "the US has been seeking …").
  { lemma: 'want', type: 'demand', flags: 't' },
  { lemma: 'wish', type: 'demand', flags: 'nt' },
  { lemma: 'advocate', type: 'demand', flags: 'n' },
  { lemma: 'encourage', type: 'demand', flags: 't' },
  { lemma: 'support', type: 'agreement', flags: 'n' },
  { lemma: 'endorse', type: 'agreement' },
  { lemma: 'praise', type: 'agreement', flags: 'n' },
  { lemma: 'defend', type: 'agreement' },
  { lemma: 'echo', type: 'agreement', flags: 'n' },
  { lemma: 'oppose', type: 'criticism' },
  { lemma: 'mock', type: 'criticism' },
  { lemma: 'ridicule', type: 'criticism', flags: 'n' },
  { lemma: 'refuse', type: 'denial', flags: 'ct' },
  { lemma: 'decline', type: 'denial', flags: 'nct' },
  { lemma: 'describe', type: 'assertion' },
  { lemma: 'liken', type: 'assertion' },
  { lemma: 'compare', type: 'assertion', flags: 'k' },
  { lemma: 'label', type: 'assertion', flags: 'nl' },
  { lemma: 'express', type: 'assertion' },
  { lemma: 'discuss', type: 'assertion' },
  { lemma: 'reference', type: 'assertion', flags: 'n' },
  { lemma: 'speak of', type: 'assertion', irregular: { past: 'spoke', part: 'spoken' } },
  { lemma: 'speak about', type: 'assertion', irregular: { past: 'spoke', part: 'spoken' } },
  { lemma: 'talk about', type: 'assertion' },
  // Further verbs of speech, cognition and evaluation common in news attribution.
  { lemma: 'put it', type: 'assertion', flags: 'i', irregular: { past: 'put', part: 'put' }, double: true },
  { lemma: 'boast', type: 'assertion', flags: 'i' },
  { lemma: 'brag', type: 'assertion', flags: 'i', double: true },
  { lemma: 'joke', type: 'assertion', flags: 'i' },
  { lemma: 'quip', type: 'assertion', flags: 'i', double: true },
  { lemma: 'muse', type: 'assertion', flags: 'is' },
  { lemma: 'exclaim', type: 'assertion', flags: 'is' },
  { lemma: 'shout', type: 'assertion', flags: 'ic' },
  { lemma: 'yell', type: 'assertion', flags: 'ic' },
  { lemma: 'chant', type: 'assertion', flags: 'is' },
  { lemma: 'recount', type: 'assertion', flags: 'ic' },
  { lemma: 'retort', type: 'assertion', flags: 'i' },
  { lemma: 'counter', type: 'assertion', flags: 'ic' },
  { lemma: 'proclaim', type: 'assertion', flags: 'i' },
  { lemma: 'affirm', type: 'assertion', flags: 'i' },
  { lemma: 'reaffirm', type: 'assertion', flags: 'i' },
  { lemma: 'tout', type: 'assertion', flags: 'n' },
  { lemma: 'highlight', type: 'assertion', flags: 'co' },
  { lemma: 'underscore', type: 'assertion', flags: 'co' },
  { lemma: 'signal', type: 'assertion', flags: 'c', double: false },
  { lemma: 'hint', type: 'assertion', flags: 'c' },
  { lemma: 'imply', type: 'assertion', flags: 'c' },
  { lemma: 'point to', type: 'assertion', flags: 'n' },
  { lemma: 'refer to', type: 'assertion', double: true },
  { lemma: 'allude to', type: 'assertion' },
  { lemma: 'detail', type: 'assertion', flags: 'n' },
  { lemma: 'outline', type: 'assertion', flags: 'n' },
  { lemma: 'post', type: 'assertion', flags: 'cn' },
  { lemma: 'rule', type: 'assertion', flags: 'cn' },
  { lemma: 'determine', type: 'assertion', flags: 'c' },
  { lemma: 'speculate', type: 'belief', flags: 'ic' },
  { lemma: 'guess', type: 'belief', flags: 'ic' },
  { lemma: 'assume', type: 'belief', flags: 'c' },
  { lemma: 'realize', type: 'belief', flags: 'c' },
  { lemma: 'realise', type: 'belief', flags: 'c' },
  { lemma: 'recognize', type: 'belief', flags: 'co' },
  { lemma: 'understand', type: 'belief', flags: 'co', irregular: { past: 'understood', part: 'understood' } },
  { lemma: 'dispute', type: 'denial', flags: 'n' },
  { lemma: 'contradict', type: 'denial' },
  { lemma: 'disagree', type: 'denial', flags: 'i' },
  { lemma: 'challenge', type: 'criticism', flags: 'n' },
  { lemma: 'rip', type: 'criticism', flags: 'np', double: true },
  { lemma: 'bash', type: 'criticism', flags: 'np' },
  { lemma: 'fault', type: 'criticism', flags: 'n' },
  { lemma: 'chastise', type: 'criticism' },
  { lemma: 'berate', type: 'criticism' },
  { lemma: 'excoriate', type: 'criticism' },
  { lemma: 'deride', type: 'criticism' },
  { lemma: 'disparage', type: 'criticism' },
  { lemma: 'taunt', type: 'criticism', flags: 'n' },
  { lemma: 'applaud', type: 'agreement' },
  { lemma: 'welcome', type: 'agreement', flags: 'n' },
  { lemma: 'commend', type: 'agreement' },
  { lemma: 'laud', type: 'agreement' },
  { lemma: 'hail', type: 'agreement', flags: 'n' },
  { lemma: 'compliment', type: 'agreement', flags: 'n' },
  { lemma: 'champion', type: 'agreement', flags: 'n' },
  { lemma: 'favor', type: 'agreement', flags: 'n' },
  { lemma: 'favour', type: 'agreement', flags: 'n' },
  { lemma: 'implore', type: 'demand', flags: 'rt' },
  { lemma: 'beg', type: 'demand', flags: 'rt', double: true },
  { lemma: 'plead', type: 'demand', flags: 'it' },
  { lemma: 'characterize', type: 'assertion' },
  { lemma: 'characterise', type: 'assertion' },
  { lemma: 'portray', type: 'assertion' },
  { lemma: 'depict', type: 'assertion' },
  { lemma: 'dub', type: 'assertion', flags: 'l', double: true },
  { lemma: 'brand', type: 'assertion', flags: 'nl' },
  { lemma: 'term', type: 'assertion', flags: 'nl' },
  { lemma: 'attack', type: 'criticism', flags: 'np' },
  { lemma: 'go after', type: 'criticism', flags: 'p', irregular: { past: 'went', part: 'gone' } },
  { lemma: 'take aim at', type: 'criticism', flags: 'p', irregular: { past: 'took', part: 'taken' } },
  { lemma: 'tear into', type: 'criticism', flags: 'p', irregular: { past: 'tore', part: 'torn' } },
  { lemma: 'bemoan', type: 'complaint' },
  { lemma: 'object to', type: 'complaint' },
  { lemma: 'voice', type: 'assertion', flags: 'n' },
  { lemma: 'concur', type: 'agreement', flags: 'i', double: true },
  { lemma: 'embrace', type: 'agreement', flags: 'n' },
  { lemma: 'admire', type: 'agreement' },
  { lemma: 'promote', type: 'agreement' },
  { lemma: 'back', type: 'agreement', flags: 'n' },
  { lemma: 'lobby for', type: 'demand', flags: 'n' },
  { lemma: 'argue for', type: 'demand' },
  { lemma: 'pitch', type: 'proposal', flags: 'n' },
  { lemma: 'commit to', type: 'promise', double: true },
  { lemma: 'see', type: 'belief', flags: 'c', irregular: { past: 'saw', part: 'seen' } },
  { lemma: 'paint', type: 'assertion', flags: 'c' },
  { lemma: 'sum up', type: 'assertion', double: true },
  { lemma: 'lay out', type: 'assertion', irregular: { past: 'laid', part: 'laid' } },
  { lemma: 'invoke', type: 'assertion' },
  { lemma: 'document', type: 'assertion', flags: 'n' },
  { lemma: 'illustrate', type: 'assertion', flags: 'c' },
  { lemma: 'discover', type: 'belief', flags: 'c' },
  { lemma: 'resent', type: 'complaint' },
  { lemma: 'double down on', type: 'assertion' },
  { lemma: 'make the case', type: 'assertion' },
  { lemma: 'ask', type: 'question', flags: 'irt' },
  { lemma: 'question', type: 'question', flags: 'cno' },
  { lemma: 'wonder', type: 'question', flags: 'i' },
  { lemma: 'inquire', type: 'question', flags: 'i' },
  // Verbs of saying by manner: a cue only with a quotation, a colon, a that-clause or after the content ("“No,” she
  // snapped.", "shouted that …"); not with an object ("weighed in on the bill").
  { lemma: 'snap', type: 'assertion', flags: 'is', double: true },
  { lemma: 'mutter', type: 'assertion', flags: 'ic' },
  { lemma: 'murmur', type: 'assertion', flags: 'ic' },
  { lemma: 'whisper', type: 'assertion', flags: 'ic' },
  { lemma: 'scream', type: 'assertion', flags: 'ic' },
  { lemma: 'bellow', type: 'assertion', flags: 'ic' },
  { lemma: 'thunder', type: 'assertion', flags: 'ic' },
  { lemma: 'intone', type: 'assertion', flags: 'is' },
  { lemma: 'interject', type: 'assertion', flags: 'is' },
  { lemma: 'stammer', type: 'assertion', flags: 'is' },
  { lemma: 'gush', type: 'assertion', flags: 'ic' },
  { lemma: 'sneer', type: 'criticism', flags: 'ic' },
  { lemma: 'scoff', type: 'criticism', flags: 'ic' },
  { lemma: 'sigh', type: 'assertion', flags: 'is' },
  { lemma: 'sing', type: 'assertion', flags: 's', irregular: { past: 'sang', part: 'sung' } },
  { lemma: 'laugh', type: 'assertion', flags: 'is' },
  { lemma: 'chuckle', type: 'assertion', flags: 'is' },
  { lemma: 'marvel', type: 'assertion', flags: 'ic' },
  { lemma: 'blurt out', type: 'assertion', flags: 'is' },
  { lemma: 'groan', type: 'complaint', flags: 'ic' },
  { lemma: 'moan', type: 'complaint', flags: 'ic' },
  { lemma: 'whine', type: 'complaint', flags: 'ic' },
  { lemma: 'fume', type: 'complaint', flags: 'ic' },
  { lemma: 'gripe', type: 'complaint', flags: 'i' },
  { lemma: 'shoot back', type: 'assertion', flags: 'is', irregular: { past: 'shot', part: 'shot' } },
  { lemma: 'fire back', type: 'assertion', flags: 'is' },
  { lemma: 'hit back', type: 'assertion', flags: 'is', irregular: { past: 'hit', part: 'hit' }, double: true },
  { lemma: 'chime in', type: 'assertion', flags: 'ic' },
  { lemma: 'pipe up', type: 'assertion', flags: 'ic' },
  { lemma: 'weigh in', type: 'assertion', flags: 'ic' },
  { lemma: 'sound off', type: 'assertion', flags: 'ic' },
  { lemma: 'speak out', type: 'assertion', flags: 'ic', irregular: { past: 'spoke', part: 'spoken' } },
  // Verbs of asserting and conceding that take a clause ("opined that", "posited that").
  { lemma: 'opine', type: 'assertion', flags: 'i' },
  { lemma: 'aver', type: 'assertion', flags: 'i', double: true },
  { lemma: 'avow', type: 'assertion', flags: 'i' },
  { lemma: 'posit', type: 'assertion', flags: 'c' },
  { lemma: 'profess', type: 'assertion', flags: 'c' },
  { lemma: 'pronounce', type: 'assertion', flags: 'c' },
  { lemma: 'articulate', type: 'assertion', flags: 'c' },
  { lemma: 'clarify', type: 'assertion', flags: 'ic' },
  { lemma: 'elaborate', type: 'assertion', flags: 'is' },
  { lemma: 'specify', type: 'assertion', flags: 'c' },
  { lemma: 'stipulate', type: 'assertion', flags: 'c' },
  { lemma: 'reason', type: 'assertion', flags: 'cn' },
  { lemma: 'attest', type: 'assertion', flags: 'c' },
  { lemma: 'confide', type: 'assertion', flags: 'i' },
  { lemma: 'retweet', type: 'assertion', flags: 'n' },
  { lemma: 'push back', type: 'denial', flags: 'c' },
  { lemma: 'own up to', type: 'admission' },
  { lemma: 'insinuate', type: 'accusation', flags: 'c' },
  { lemma: 'cry out', type: 'assertion', flags: 'is' },
  // Verbs of believing and supposing, before a clause ("surmised that", "cannot fathom why").
  { lemma: 'surmise', type: 'belief', flags: 'ic' },
  { lemma: 'presume', type: 'belief', flags: 'c' },
  { lemma: 'suppose', type: 'belief', flags: 'c' },
  { lemma: 'imagine', type: 'belief', flags: 'c' },
  { lemma: 'fathom', type: 'belief', flags: 'c' },
  { lemma: 'theorize', type: 'belief', flags: 'ic' },
  { lemma: 'theorise', type: 'belief', flags: 'ic' },
  { lemma: 'hypothesize', type: 'belief', flags: 'c' },
  { lemma: 'hypothesise', type: 'belief', flags: 'c' },
  { lemma: 'conjecture', type: 'belief', flags: 'cn' },
  { lemma: 'ponder', type: 'question', flags: 'c' },
  { lemma: 'enquire', type: 'question', flags: 'i' },
  // Predicting, warning, promising and pressing.
  { lemma: 'foresee', type: 'prediction', flags: 'c', irregular: { past: 'foresaw', part: 'foreseen' } },
  { lemma: 'envision', type: 'prediction', flags: 'c' },
  { lemma: 'envisage', type: 'prediction', flags: 'c' },
  { lemma: 'prophesy', type: 'prediction', flags: 'ic' },
  { lemma: 'bet', type: 'prediction', flags: 'cn', irregular: { past: 'bet', part: 'bet' }, double: true },
  { lemma: 'admonish', type: 'warning', flags: 'r' },
  { lemma: 'forewarn', type: 'warning', flags: 'r' },
  { lemma: 'swear', type: 'promise', flags: 'ct', irregular: { past: 'swore', part: 'sworn' } },
  { lemma: 'reassure', type: 'promise', flags: 'r' },
  { lemma: 'exhort', type: 'demand', flags: 'rt' },
  { lemma: 'entreat', type: 'demand', flags: 'rt' },
  { lemma: 'beseech', type: 'demand', flags: 'rt' },
  { lemma: 'instruct', type: 'demand', flags: 'rt' },
  { lemma: 'clamor for', type: 'demand', flags: 'n' },
  { lemma: 'clamour for', type: 'demand', flags: 'n' },
  // Denying and belittling what someone else said or proposed.
  { lemma: 'disavow', type: 'denial' },
  { lemma: 'repudiate', type: 'denial' },
  { lemma: 'rebut', type: 'denial', double: true },
  { lemma: 'disown', type: 'denial' },
  { lemma: 'downplay', type: 'denial' },
  { lemma: 'play down', type: 'denial' },
  { lemma: 'brush off', type: 'denial' },
  { lemma: 'brush aside', type: 'denial' },
  { lemma: 'shrug off', type: 'denial', double: true },
  { lemma: 'laugh off', type: 'denial' },
  // Criticising and praising: the object is what is judged.
  { lemma: 'censure', type: 'criticism', flags: 'n' },
  { lemma: 'upbraid', type: 'criticism' },
  { lemma: 'vilify', type: 'criticism' },
  { lemma: 'malign', type: 'criticism' },
  { lemma: 'denigrate', type: 'criticism' },
  { lemma: 'belittle', type: 'criticism' },
  { lemma: 'lampoon', type: 'criticism' },
  { lemma: 'pillory', type: 'criticism' },
  { lemma: 'skewer', type: 'criticism' },
  { lemma: 'impugn', type: 'criticism' },
  { lemma: 'reproach', type: 'criticism', flags: 'n' },
  { lemma: 'lambast', type: 'criticism' },
  { lemma: 'scorn', type: 'criticism', flags: 'n' },
  { lemma: 'rail against', type: 'criticism' },
  { lemma: 'inveigh against', type: 'criticism' },
  { lemma: 'fulminate against', type: 'criticism' },
  { lemma: 'speak out against', type: 'criticism', irregular: { past: 'spoke', part: 'spoken' } },
  { lemma: 'take issue with', type: 'criticism', irregular: { past: 'took', part: 'taken' } },
  { lemma: 'find fault with', type: 'criticism', irregular: { past: 'found', part: 'found' } },
  { lemma: 'take exception to', type: 'complaint', irregular: { past: 'took', part: 'taken' } },
  // (With "at" a manner verb judges an object: "scoffed at claims that …" is no claim of the speaker's; "fired back",
  // "shot back" and "hit back" are cues only with a quotation, as they are also said of gunfire.)
  { lemma: 'scoff at', type: 'criticism' },
  { lemma: 'sneer at', type: 'criticism' },
  { lemma: 'take a swipe at', type: 'criticism', irregular: { past: 'took', part: 'taken' } },
  { lemma: 'take a dig at', type: 'criticism', irregular: { past: 'took', part: 'taken' } },
  { lemma: 'take a jab at', type: 'criticism', irregular: { past: 'took', part: 'taken' } },
  { lemma: 'heap praise on', type: 'agreement' },
  { lemma: 'extol', type: 'agreement', double: true },
  { lemma: 'acclaim', type: 'agreement' },
  { lemma: 'salute', type: 'agreement', flags: 'n' },
  { lemma: 'congratulate', type: 'agreement' },
  { lemma: 'thank', type: 'agreement' },
  { lemma: 'side with', type: 'agreement' },
  { lemma: 'vouch for', type: 'agreement' },
  // Verbs of liking and loathing: how someone feels about a person, a policy or a country is their stance toward
  // it ("despises the elite", "loves this country", "believes in the voters"); the nouns ("love", "respect")
  // need a name or a pronoun before them. ("Hate" and "trust" are left out: "spreads hate", "investment trusts that …".)
  { lemma: 'love', type: 'agreement', flags: 'n' },
  { lemma: 'adore', type: 'agreement' },
  { lemma: 'cherish', type: 'agreement' },
  { lemma: 'respect', type: 'agreement', flags: 'n' },
  { lemma: 'despise', type: 'criticism' },
  { lemma: 'detest', type: 'criticism' },
  { lemma: 'loathe', type: 'criticism' },
  { lemma: 'dislike', type: 'criticism', flags: 'n' },
  { lemma: 'believe in', type: 'belief' },
  { lemma: 'care about', type: 'belief' },
  // Persuading: what someone tries to make others believe or do ("convinced the board that …", "persuaded voters to
  // …"); and presenting something as something, a claim about it ("presented itself as an alternative", "framed
  // the vote as a referendum"), only with "as" after the object.
  { lemma: 'convince', type: 'assertion', flags: 'rt' },
  { lemma: 'persuade', type: 'demand', flags: 'rt' },
  { lemma: 'present', type: 'assertion', flags: 'c' },
  { lemma: 'frame', type: 'assertion', flags: 'c' },
];

/**
 * Verbs that report a thought, what evidence shows, or an evaluation of something (whose object is
 * often a thing rather than a proposition: "praised the plan"); every other verb reports speech.
 */
const CUE_KINDS: Readonly<Record<Exclude<CueKind, 'speech'>, ReadonlySet<string>>> = {
  thought: lemmas(`
    believe think consider regard view feel reckon suspect doubt fear hope worry know speculate guess assume realize
    realise recognize understand see discover expect anticipate wonder surmise presume suppose imagine
    fathom theorize theorise hypothesize hypothesise conjecture ponder foresee envision envisage bet believe_in care_about`),
  evidence: lemmas(`show find indicate conclude learn determine document illustrate signal`),
  evaluation: lemmas(`
    criticize criticise condemn slam rap blast blame denounce decry lambaste chide rebuke castigate scold assail deplore
    hit_out lash_out mock ridicule challenge rip bash fault chastise berate excoriate deride disparage taunt attack
    go_after take_aim_at tear_into oppose support endorse praise defend echo applaud welcome commend laud hail compliment
    champion favor favour embrace admire promote back describe liken label characterize characterise portray depict dub
    brand term paint call resent bemoan object_to invoke tout highlight underscore cite reference refer_to allude_to
    point_to discuss express voice accept reject dismiss refute rebuff dispute contradict disavow repudiate rebut disown
    downplay play_down brush_off brush_aside shrug_off laugh_off censure upbraid vilify malign denigrate belittle
    lampoon pillory skewer impugn reproach lambast scorn rail_against inveigh_against fulminate_against speak_out_against
    take_issue_with find_fault_with take_exception_to scoff_at sneer_at take_a_swipe_at
    take_a_dig_at take_a_jab_at heap_praise_on extol acclaim salute congratulate thank side_with vouch_for love adore cherish
    respect despise detest loathe dislike present frame`),
};

/** Lemmas written with "_" for spaces. */
function lemmas(list: string): ReadonlySet<string> {
  return new Set(
    list
      .trim()
      .split(/\s+/)
      .map((l) => l.replace(/_/g, ' ')),
  );
}

function kindOf(lemma: string): CueKind {
  for (const kind of ['thought', 'evidence', 'evaluation'] as const) if (CUE_KINDS[kind].has(lemma)) return kind;
  return 'speech';
}

const IRREGULAR_BASES: Record<string, Partial<Record<VerbForm, string>>> = {
  make: { past: 'made', part: 'made' },
  spell: { past: 'spelled', part: 'spelled' },
  lash: {},
};

export interface CueForm {
  entry: CueEntry;
  form: VerbForm;
}

function inflect(
  base: string,
  { double, irregular }: { double: boolean; irregular: Partial<Record<VerbForm, string>> },
): Record<VerbForm, string[]> {
  const stem = double ? base + base[base.length - 1] : base;
  const consonantY = /[^aeiou]y$/.test(base);
  const s = /(?:s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : consonantY ? base.slice(0, -1) + 'ies' : base + 's';
  const ed = base.endsWith('e') ? base + 'd' : consonantY ? base.slice(0, -1) + 'ied' : stem + 'ed';
  const ing = base.endsWith('ee') ? base + 'ing' : base.endsWith('e') ? base.slice(0, -1) + 'ing' : stem + 'ing';
  const forms: Record<VerbForm, string[]> = { base: [base], s: [s], past: [ed], part: [ed], ing: [ing] };
  for (const [form, surface] of Object.entries(irregular) as [VerbForm, string][]) forms[form] = [surface];
  if (base === 'learn') forms.past.push('learnt');
  return forms;
}

function buildIndex(): Map<string, CueForm[]> {
  const index = new Map<string, CueForm[]>();
  for (const spec of SPECS) {
    const words = spec.lemma.split(' ');
    const verb = words[0]!;
    const flags = spec.flags ?? '';
    const entry: CueEntry = {
      lemma: spec.lemma,
      type: spec.type,
      kind: kindOf(spec.lemma),
      verb,
      particle: words.slice(1),
      inverted: flags.includes('i'),
      recipient: flags.includes('r'),
      clauseOnly: flags.includes('c'),
      speechOnly: flags.includes('s'),
      namedObject: flags.includes('o'),
      nounLike: flags.includes('n'),
      label: flags.includes('l'),
      infinitive: flags.includes('t'),
      physical: flags.includes('p'),
      markers: [],
      objectTo: flags.includes('k'),
    };
    const forms = inflect(verb, { double: spec.double ?? false, irregular: { ...IRREGULAR_BASES[verb], ...spec.irregular } });
    for (const [form, surfaces] of Object.entries(forms) as [VerbForm, string[]][]) {
      for (const surface of surfaces) {
        const list = index.get(surface) ?? [];
        // ("put", "forecast": one surface, several forms; each is tried in turn.)
        if (!list.some((f) => f.entry === entry && f.form === form)) list.push({ entry, form });
        index.set(surface, list);
      }
    }
  }
  // Entries with particles first, so "called for" wins over a bare reading.
  for (const list of index.values()) list.sort((a, b) => b.entry.particle.length - a.entry.particle.length);
  return index;
}

const INDEX = buildIndex();

/** The cue readings of a lower-cased token ("warned" -> warn/past). */
export function cueForms(lower: string): readonly CueForm[] {
  return INDEX.get(lower) ?? [];
}

const ADJECTIVES: Record<string, StatementType> = {
  concerned: 'belief',
  worried: 'belief',
  afraid: 'belief',
  fearful: 'belief',
  confident: 'belief',
  convinced: 'belief',
  sure: 'belief',
  certain: 'belief',
  hopeful: 'belief',
  optimistic: 'belief',
  pessimistic: 'belief',
  skeptical: 'belief',
  sceptical: 'belief',
  aware: 'belief',
  adamant: 'demand',
  insistent: 'demand',
  determined: 'promise',
};

/**
 * Adjectives of feeling, a cue only before a that-clause: "was frustrated that the city released …",
 * "were pleased that the talks resumed". (Their other complements, "happy to help", "angry about the
 * delay", report no proposition.)
 */
const EMOTIONS: Record<string, StatementType> = {
  frustrated: 'complaint',
  angry: 'complaint',
  upset: 'complaint',
  furious: 'complaint',
  incensed: 'complaint',
  outraged: 'complaint',
  disappointed: 'regret',
  dismayed: 'regret',
  sorry: 'regret',
  alarmed: 'belief',
  troubled: 'belief',
  surprised: 'belief',
  shocked: 'belief',
  delighted: 'agreement',
  thrilled: 'agreement',
  excited: 'agreement',
  heartened: 'agreement',
  encouraged: 'agreement',
  gratified: 'agreement',
  satisfied: 'belief',
  unanimous: 'agreement',
  saddened: 'regret',
  disheartened: 'regret',
  devastated: 'regret',
  heartbroken: 'regret',
  ashamed: 'regret',
  embarrassed: 'regret',
  annoyed: 'complaint',
  irritated: 'complaint',
  irked: 'complaint',
  disgusted: 'complaint',
  appalled: 'complaint',
  horrified: 'complaint',
  indignant: 'complaint',
  astonished: 'belief',
  amazed: 'belief',
  stunned: 'belief',
  puzzled: 'belief',
  baffled: 'belief',
  perplexed: 'belief',
  disturbed: 'belief',
  nervous: 'belief',
  anxious: 'belief',
  apprehensive: 'belief',
  persuaded: 'belief',
  unconvinced: 'belief',
  doubtful: 'belief',
  emphatic: 'assertion',
  pleased: 'agreement',
  happy: 'agreement',
  glad: 'agreement',
  relieved: 'agreement',
  proud: 'agreement',
  grateful: 'agreement',
  thankful: 'agreement',
};

function adjectiveEntry(
  adjective: string,
  type: StatementType,
  { markers, infinitive }: { markers: readonly string[]; infinitive: boolean },
): [string, CueEntry] {
  return [
    adjective,
    {
      lemma: `be ${adjective}`,
      type,
      kind: 'thought',
      verb: adjective,
      particle: [],
      inverted: false,
      recipient: false,
      clauseOnly: true,
      namedObject: false,
      speechOnly: false,
      nounLike: false,
      label: false,
      infinitive,
      physical: false,
      markers,
    },
  ];
}

const ADJECTIVE_ENTRIES = new Map<string, CueEntry>(
  Object.entries(ADJECTIVES).map(([adjective, type]) =>
    adjectiveEntry(adjective, type, { markers: ['about', 'of', 'upon', 'on', 'over'], infinitive: true }),
  ),
);
const EMOTION_ENTRIES = new Map<string, CueEntry>(
  Object.entries(EMOTIONS).map(([adjective, type]) => adjectiveEntry(adjective, type, { markers: [], infinitive: false })),
);

/** "is concerned that", "was adamant that": a stance adjective after a form of "be". */
export function adjectiveCue(lower: string): CueEntry | undefined {
  return ADJECTIVE_ENTRIES.get(lower);
}

/** "was frustrated that": an adjective of feeling, a cue only before "that". */
export function emotionCue(lower: string): CueEntry | undefined {
  return EMOTION_ENTRIES.get(lower);
}

/** Verbs whose object is followed by "as" and a description: "views NATO as a threat". */
export const AS_FRAME = new Set([
  'view',
  'consider',
  'regard',
  'see',
  'describe',
  'portray',
  'characterize',
  'characterise',
  'paint',
  'present',
  'frame',
]);

/**
 * Verbs whose unmarked complement is usually a whole clause ("said the talks failed"); the unmarked
 * complement of any other cue is a noun phrase ("criticized the plan, which …") and ends at a comma.
 */
export const CLAUSAL_VERBS = new Set(
  `say tell add claim argue assert contend believe think feel reckon suspect know fear hope predict admit acknowledge
  concede insist suggest warn note explain write tweet report announce state declare estimate recall agree confirm
  reveal show find indicate learn conclude worry assume guess allege complain stress emphasize emphasise reply respond
  answer continue reiterate observe comment remark maintain testify concede confess recognize realize understand
  expect anticipate forecast promise pledge vow guarantee assure remind caution opine aver avow confide surmise presume
  suppose imagine theorize theorise conjecture posit reason swear reassure foresee bet`.split(/\s+/),
);
