import type { ActorType } from '../../core/types.js';
import type { Candidate } from './chunk.js';
import { addScores, bestType, emptyScores, lexWeight, scoreCandidate, total } from './evidence.js';
import { blocOf } from './blocs.js';
import { isTeamMention, scoreContext } from './context.js';
import { EVENT_HEADS, EVENT_OPENERS, INDUSTRY_HEADS, PERIOD_HEADS } from './cues.js';
import { lexicon } from './lexicon.js';
import { isMetonymic } from './metonymy.js';
import { reclaimSurnames } from './surnames.js';
import { countryEntity, newEntity, type DocState, type Entity, type EntityMention } from './state.js';
import { FUNCTION_WORDS, NAME_PARTICLES, ORG_HEADS } from './words.js';

/**
 * Document-level consistency: one entity per name (and per lexicon actor), types voted over all
 * mentions of a name, then short forms joined to the full names they stand for: surnames
 * ("Rogozin" -> "Dmitry Rogozin"), acronyms ("IRIB" -> "Islamic Republic of Iran Broadcasting"),
 * and shortened organisation names ("the Security Council").
 */

/** Evidence this weak ("the X", "in X") does not make a common word a name. */
const WEAK_EVIDENCE = 1.5;

/** A town's name acting in a sports report: enough to outweigh the lexicon's place. */
const TEAM_WEIGHT = 8;

/** Below this population a gazetteer town beside a company reads as a company ("News Corporation and Fairfax"). */
const SMALL_TOWN = 100_000;
/** Evidence a company needs before its partner in "X and Y" is read after it. */
const STRONG_PARTNER = 4;

const STOP_INITIALS = new Set(['of', 'the', 'and', 'for', 'de', 'in', 'on', '&']);

interface Group {
  entity: Entity;
  texts: Set<string>;
  mentions: EntityMention[];
  cands: Candidate[];
  /** Mentions of several words with no evidence of their own: each is a vote for the default type. */
  bareMentions: number;
}

export function resolveCandidates(state: DocState, cands: readonly Candidate[]): void {
  const groups = new Map<string, Group>();
  const lex = lexicon();

  for (let c of cands) {
    if (c.kind === 'demonym') {
      const e = countryEntity(state, c.country!);
      state.mentions.push(mentionOf(c, e.id, 'demonym'));
      continue;
    }
    const bloc = blocOf(c);
    if (bloc === 'none') continue;
    if (bloc) c = { ...c, lex: bloc };
    const scores = scoreCandidate(c);
    addScores(scores, scoreContext(c));
    if (c.weak && c.first === c.last && total(scores) < 1) continue;
    if (namesEvent(c)) continue;
    // "Traders said ...": capitalised only at the start of a sentence, and written in lower case elsewhere.
    if (c.weak && c.first === c.last && !c.lex && state.lowerWords.has(c.unit.words[c.first]!.lower) && total(scores) <= WEAK_EVIDENCE)
      continue;
    const capitalOf = c.lex?.type === 'Place' ? lex.capitals.get(c.text) : undefined;
    if (capitalOf && isMetonymic(c)) {
      const e = countryEntity(state, capitalOf);
      state.mentions.push(mentionOf(c, e.id, 'metonym'));
      continue;
    }
    const countryInfo = c.lex?.countryInfo;
    // In a sports report a town's name is two actors: the place, and the team acting in the story.
    const team = state.context.sports && isTeamMention(c);
    const key = c.lex ? `${team ? 'team' : c.lex.type}|${c.lex.name}` : `text|${c.text}`;
    let g = groups.get(key);
    if (!g) {
      const entity = countryInfo
        ? countryEntity(state, countryInfo)
        : newEntity(state, { scores: emptyScores(), ...(c.lex ? { lex: c.lex } : {}), ...(c.forms ? { forms: c.forms } : {}) });
      g = { entity, texts: new Set(), mentions: [], cands: [], bareMentions: 0 };
      groups.set(key, g);
      if (team) entity.scores.Organization += TEAM_WEIGHT;
      else if (c.lex) entity.scores[c.lex.type] += lexWeight(c.lex);
    }
    addScores(g.entity.scores, scores);
    if (!c.lex && c.last > c.first && total(scores) === 0) g.bareMentions++;
    g.texts.add(c.text);
    const m = mentionOf(c, g.entity.id, 'name');
    g.mentions.push(m);
    g.cands.push(c);
    state.mentions.push(m);
  }

  dropDocuments(state, groups);
  const all = [...groups.values()].filter((g) => g.mentions.length > 0);
  // Countries and known organisations keep their type; a lexicon place can turn out to be a team.
  for (const g of all) {
    const fixed = g.entity.lex && g.entity.lex.type !== 'Place';
    g.entity.type = fixed ? g.entity.lex!.type : g.entity.lex ? (bestType(g.entity.scores) ?? g.entity.lex.type) : typeWithDefault(g);
  }

  mergeParentheticalAcronyms(state, all);
  mergeAcronyms(all);
  mergeNameForms(all);
  mergeSurnames(all);
  mergeGivenNames(all);
  mergeOrganisationSuffixes(all);
  mergeCompanyShortNames(all);

  // Common words with no real evidence are not taken as a name: a lone one ("NOTE", "The Question",
  // "Interaction"), or several without a first name ("Certified Sustainable Seafood", "Share Numbers").
  for (const g of all) {
    if (g.mentions.length === 0 || g.entity.lex) continue;
    const score = total(g.entity.scores);
    const common = [...g.texts].every((t) => {
      if (!t.includes(' ')) {
        const lower = t.toLowerCase();
        return score <= WEAK_EVIDENCE && (lex.commonWords.has(lower) || FUNCTION_WORDS.has(lower));
      }
      return score === 0 && commonWordsOnly(t);
    });
    if (!common) continue;
    const drop = new Set(g.mentions);
    state.mentions = state.mentions.filter((m) => !drop.has(m));
    g.mentions = [];
    g.entity.type = undefined;
  }

  typeByCoordination(state, all);

  // Any other name with no evidence is a single word (names of several words got their default above): more
  // often an organisation, as people are introduced by full name and their surnames are joined to it.
  for (const g of all) {
    if (g.mentions.length === 0 || g.entity.type) continue;
    g.entity.type = 'Organization';
    g.entity.defaultType = true;
  }
  reclaimSurnames(state);
}

/**
 * The type of a name not in the lexicons. Each mention of several words with no evidence of its own
 * votes for the default: most such names are people in news, unless the name opens with neither a
 * first name nor an initial and ends in an ordinary English word ("Yahoo Finance", "Coresight
 * Research"). Single words with no evidence wait for coordination (typeByCoordination).
 */
function typeWithDefault(g: Group): ActorType | undefined {
  const evidence = bestType(g.entity.scores);
  const text = [...g.texts].find((t) => t.includes(' '));
  if (g.bareMentions === 0 || !text) return evidence;
  const lex = lexicon();
  const words = wordsOf(text);
  const given = lex.firstNames.has(words[0]!) || /^(?:\p{Lu}\.)+$/u.test(words[0]!);
  const fallback: ActorType = !given && lex.commonWords.has(words[words.length - 1]!.toLowerCase()) ? 'Organization' : 'Person';
  if (evidence && g.entity.scores[evidence] >= g.entity.scores[fallback] + g.bareMentions) return evidence;
  g.entity.defaultType = g.entity.scores[fallback] === 0;
  return fallback;
}

/**
 * "Obama and Medvedev": a name with no evidence of its own, coordinated with a person's mention, is a
 * person; one coordinated with a company is a company. Runs once, in document order.
 */
function typeByCoordination(state: DocState, groups: Group[]): void {
  const byStart = new Map<number, EntityMention>();
  for (const m of state.mentions) byStart.set(m.start, m);
  const byEnd = new Map<number, EntityMention>();
  for (const m of state.mentions) byEnd.set(m.end, m);
  for (const g of groups) {
    if (g.mentions.length === 0 || (g.entity.lex && g.entity.lex.kind !== 'city') || total(g.entity.scores) > 3) continue;
    if (g.entity.type && g.entity.type !== 'Place' && g.entity.type !== 'Organization') continue;
    const partners = g.mentions.flatMap((m) => {
      const after = /^ and /.exec(state.text.slice(m.end, m.end + 5)) ? byStart.get(m.end + 5) : undefined;
      const before = state.text.slice(Math.max(0, m.start - 5), m.start) === ' and ' ? byEnd.get(m.start - 5) : undefined;
      return [after, before].filter((o): o is EntityMention => o !== undefined && o.kind !== 'pronoun' && o.entity !== g.entity.id);
    });
    const typeOf = (o: EntityMention): ActorType | undefined => state.entities[o.entity]!.type;
    // "News Corporation and Fairfax": a small town's name or an unknown word beside a company is a company.
    const small = !g.entity.lex || (g.entity.lex.population ?? 0) < SMALL_TOWN;
    const company = (o: EntityMention): boolean =>
      typeOf(o) === 'Organization' && !state.entities[o.entity]!.defaultType && total(state.entities[o.entity]!.scores) >= STRONG_PARTNER;
    if (partners.some((o) => typeOf(o) === 'Person')) g.entity.type = 'Person';
    else if (small && g.entity.type !== 'Organization' && partners.some(company)) g.entity.type = 'Organization';
    else continue;
    g.entity.defaultType = false;
  }
}

/** "the World Cup", "the Korean War", "Hurricane Sandy": an event's name, not an actor's. */
function namesEvent(c: Candidate): boolean {
  const words = c.unit.words;
  return (
    !c.lex &&
    c.last > c.first &&
    (EVENT_HEADS.has(words[c.last]!.lower) || PERIOD_HEADS.has(words[c.last]!.lower) || EVENT_OPENERS.has(words[c.first]!.lower))
  );
}

function mentionOf(c: Candidate, entity: number, kind: EntityMention['kind']): EntityMention {
  return {
    start: c.start,
    end: c.end,
    kind,
    sentence: c.unit.sentence,
    entity,
    unit: c.unit,
    first: c.first,
    last: c.last,
    ...(c.title ? { title: c.title } : {}),
  };
}

function moveGroup(from: Group, to: Group): void {
  for (const m of from.mentions) {
    m.entity = to.entity.id;
    m.kind = 'alias';
  }
  for (const m of from.mentions) to.mentions.push(m);
  for (const c of from.cands) to.cands.push(c);
  for (const t of from.texts) to.texts.add(t);
  from.mentions = [];
  from.cands = [];
  from.texts.clear();
  from.entity.type = undefined;
  from.entity.scores = emptyScores();
}

function wordsOf(text: string): string[] {
  return text.split(' ');
}

/** "Islamic Republic of Iran Broadcasting (IRIB)": the bracketed acronym names the actor before it. */
function mergeParentheticalAcronyms(state: DocState, groups: Group[]): void {
  const byMention = new Map<EntityMention, Group>();
  for (const g of groups) for (const m of g.mentions) byMention.set(m, g);
  const ordered = [...byMention.keys()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const m = ordered[i]!;
    const prev = ordered[i - 1]!;
    const between = state.text.slice(prev.end, m.start);
    const after = state.text.slice(m.end, m.end + 1);
    if (!/^\s*\($/.test(between) || after !== ')') continue;
    const g = byMention.get(m)!;
    const target = byMention.get(prev)!;
    if (g === target || g.entity.lex || !/^[\p{Lu}.&]+$/u.test([...g.texts][0] ?? '')) continue;
    moveGroup(g, target);
  }
}

/** A lone acronym whose letters are the initials of an organisation's name. */
function mergeAcronyms(groups: Group[]): void {
  const byInitials = new Map<string, Group>();
  for (const g of groups) {
    if (g.entity.type !== 'Organization' && g.entity.type !== undefined) continue;
    for (const t of g.texts) {
      const ws = wordsOf(t).filter((w) => !STOP_INITIALS.has(w.toLowerCase()));
      if (ws.length < 2) continue;
      const initials = ws
        .map((w) => w[0])
        .join('')
        .toUpperCase();
      if (!byInitials.has(initials)) byInitials.set(initials, g);
    }
  }
  for (const g of groups) {
    if (g.entity.lex || g.mentions.length === 0) continue;
    for (const t of g.texts) {
      const letters = t.replace(/\./g, '');
      if (!/^\p{Lu}{2,}$/u.test(letters)) continue;
      const target = byInitials.get(letters);
      if (target && target !== g) {
        moveGroup(g, target);
        target.entity.type = 'Organization';
      }
      break;
    }
  }
}

/** "Rogozin" after "Dmitry Rogozin": a name equal to the last word(s) of a person's full name. */
function mergeSurnames(groups: Group[]): void {
  const persons = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.entity.type !== 'Person') continue;
    for (const t of g.texts) {
      const ws = wordsOf(t);
      if (ws.length < 2) continue;
      for (let k = 1; k < ws.length; k++) {
        const tail = particleCase(ws.slice(k).join(' '));
        const list = persons.get(tail) ?? [];
        if (!list.includes(g)) list.push(g);
        persons.set(tail, list);
      }
    }
  }
  for (const g of groups) {
    if (g.mentions.length === 0) continue;
    const text = [...g.texts].map(particleCase).find((t) => persons.has(t));
    if (!text) continue;
    const targets = persons.get(text)!.filter((t) => t !== g && t.mentions.length > 0);
    if (targets.length === 0 || !surnameCompatible(g)) continue;
    if (targets.length === 1) {
      moveGroup(g, targets[0]!);
      continue;
    }
    // Several people share the surname: each mention goes to the nearest full name before it.
    for (const m of g.mentions) {
      let best: Group | undefined;
      let bestStart = -1;
      for (const t of targets) {
        for (const tm of t.mentions) {
          if (tm.start < m.start && tm.start > bestStart && tm.kind === 'name') {
            best = t;
            bestStart = tm.start;
          }
        }
      }
      best ??= targets[0]!;
      m.entity = best.entity.id;
      m.kind = 'alias';
      best.mentions.push(m);
    }
    for (const t of g.texts) targets[0]!.texts.add(t);
    g.mentions = [];
    g.entity.type = undefined;
  }
}

/** "Bob Smith" or "The Hammer" after "Bob (Robert James) Smith" or 'Wade "The Hammer" Bassi': the other forms of the name. */
function mergeNameForms(groups: Group[]): void {
  const byForm = new Map<string, Group>();
  for (const g of groups) {
    for (const form of g.entity.forms?.aliases ?? []) {
      // "The Hammer" is also written "Hammer".
      for (const variant of [form, form.replace(/^The /, '')]) if (!byForm.has(variant)) byForm.set(variant, g);
    }
  }
  if (byForm.size === 0) return;
  for (const g of groups) {
    if (g.mentions.length === 0 || g.entity.forms) continue;
    const target = [...g.texts].map((t) => byForm.get(t)).find((t) => t !== undefined);
    if (target && target !== g) moveGroup(g, target);
  }
}

/**
 * "Lupita" after "Lupita Nyong'o": a single word equal to the first word of one person's full name,
 * and of no one else's, is that person (when nothing says it is something else).
 */
function mergeGivenNames(groups: Group[]): void {
  const byGiven = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.entity.type !== 'Person' || g.mentions.length === 0) continue;
    for (const t of g.texts) {
      const ws = wordsOf(t);
      if (ws.length < 2) continue;
      const list = byGiven.get(ws[0]!) ?? [];
      if (!list.includes(g)) list.push(g);
      byGiven.set(ws[0]!, list);
    }
  }
  for (const g of groups) {
    if (g.mentions.length === 0 || g.texts.size !== 1) continue;
    const text = [...g.texts][0]!;
    const targets = byGiven.get(text);
    if (text.includes(' ') || targets?.length !== 1 || targets[0] === g || g.entity.lex || otherThanPerson(g) > 0) continue;
    moveGroup(g, targets[0]!);
  }
}

/** Ordinary English words only, the first not a given name: "Certified Sustainable Seafood", not "Rose Young". */
function commonWordsOnly(text: string): boolean {
  const lex = lexicon();
  const words = text.split(' ');
  if (lex.firstNames.has(words[0]!)) return false;
  return words.every((w) => lex.commonWords.has(w.toLowerCase()) || STOP_INITIALS.has(w.toLowerCase()));
}

function otherThanPerson(g: Group): number {
  const s = g.entity.scores;
  return Math.max(s.Organization, s.Country, s.Place);
}

/** "Bin Laden" at the start of a sentence is "bin Laden": a name particle in lower case. */
function particleCase(text: string): string {
  const space = text.indexOf(' ');
  if (space < 0) return text;
  const first = text.slice(0, space);
  return NAME_PARTICLES.has(first.toLowerCase()) ? first.toLowerCase() + text.slice(space) : text;
}

/** A surname can stand for a person unless the text gives it strong evidence of being something else. */
function surnameCompatible(g: Group): boolean {
  const s = g.entity.scores;
  const other = Math.max(s.Organization, s.Country, s.Place);
  if (g.entity.lex && (g.entity.lex.kind === 'country' || g.entity.lex.kind === 'organization')) return s.Person > other - 10;
  return s.Person >= other - 4;
}

/** "Security Council" after "UN Security Council": the tail of an organisation's name. */
function mergeOrganisationSuffixes(groups: Group[]): void {
  const orgs = new Map<string, Group>();
  for (const g of groups) {
    if (g.entity.type !== 'Organization') continue;
    for (const t of g.texts) {
      const ws = wordsOf(t);
      for (let k = 1; k < ws.length - 1; k++) {
        const tail = ws.slice(k).join(' ');
        if (!orgs.has(tail)) orgs.set(tail, g);
      }
    }
  }
  for (const g of groups) {
    if (g.mentions.length === 0 || g.entity.lex) continue;
    const text = [...g.texts].find((t) => orgs.has(t) && wordsOf(t).length >= 2);
    if (!text) continue;
    const target = orgs.get(text)!;
    if (target !== g) moveGroup(g, target);
  }
}

/** "Magna" after "Magna International Inc", "Commerce" after "Commerce Bancshares": a company's first words. */
function mergeCompanyShortNames(groups: Group[]): void {
  const companies = new Map<string, Group>();
  for (const g of groups) {
    if (g.entity.type !== 'Organization') continue;
    for (const t of g.texts) {
      const ws = wordsOf(t);
      const head = ws[ws.length - 1]!.toLowerCase();
      if (ws.length < 2 || !(ORG_HEADS.has(head) || INDUSTRY_HEADS.has(head))) continue;
      for (let k = 1; k < ws.length; k++) {
        const prefix = ws.slice(0, k).join(' ');
        if (!companies.has(prefix)) companies.set(prefix, g);
      }
    }
  }
  for (const g of groups) {
    if (g.mentions.length === 0 || g.entity.lex || (g.entity.type === 'Person' && g.entity.scores.Person >= 3)) continue;
    const text = [...g.texts].find((t) => companies.has(t));
    const target = text ? companies.get(text)! : undefined;
    if (target && target !== g) moveGroup(g, target);
  }
}

const DOCUMENT_NOUNS = new Set([
  'treaty',
  'treaties',
  'agreement',
  'accord',
  'accords',
  'convention',
  'protocol',
  'pact',
  'charter',
  'doctrine',
  'resolution',
  'initiative',
  'act',
  'bill',
]);
/** Words before a lone document noun that make it one ("the Bill", "a new Bill"), where it could be a first name. */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'this', 'that', 'new', 'draft', 'proposed']);

/** Treaties and other documents are no actors: "Strategic Arms Reduction Treaty", "START II agreement". */
function dropDocuments(state: DocState, groups: Map<string, Group>): void {
  const documents = new Set<string>();
  for (const g of groups.values()) {
    if (g.entity.lex) continue;
    const isDocument = g.cands.some((c) => {
      const words = c.unit.words;
      const next = words[c.last + 1];
      const headed =
        DOCUMENT_NOUNS.has(words[c.last]!.lower) && (c.last > c.first || DOCUMENT_DETERMINERS.has(words[c.first - 1]?.lower ?? ''));
      return headed || (next !== undefined && !next.cap && DOCUMENT_NOUNS.has(next.lower));
    });
    if (isDocument) for (const t of g.texts) documents.add(t.toLowerCase());
  }
  if (documents.size === 0) return;
  const drop = new Set<EntityMention>();
  for (const g of groups.values()) {
    if (g.entity.lex || ![...g.texts].some((t) => documents.has(t.toLowerCase()))) continue;
    for (const m of g.mentions) drop.add(m);
    g.mentions = [];
    g.cands = [];
  }
  state.mentions = state.mentions.filter((m) => !drop.has(m));
}
