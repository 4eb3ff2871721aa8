import { lexicon } from './lexicon.js';
import type { DocState, EntityMention } from './state.js';
import type { Unit } from './units.js';
import {
  COUNTRY_DESCRIPTIONS,
  FEMALE_PRONOUNS,
  MALE_PRONOUNS,
  ORG_DESCRIPTIONS,
  ORG_HEADS,
  REPORTING_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './words.js';

/**
 * Mentions that point back to an actor already named:
 * - pronouns: he/she and their forms -> the most recent compatible person within three sentences;
 *   "it" as the subject of a reporting verb -> the most recent organisation or country;
 * - descriptions: "the envoy" -> the latest person holding a role with that noun, "the alliance" ->
 *   the latest organisation described so, "the country" -> the latest country.
 */

/** Words that can open a reference: pronouns and "the". */
const REFERRING = new Set([...MALE_PRONOUNS, ...FEMALE_PRONOUNS, 'it', 'the']);
const PRONOUN_WINDOW = 3;
const DESCRIPTION_WINDOW = 10;
const AUX = new Set([
  'has',
  'had',
  'have',
  'is',
  'was',
  'will',
  'would',
  'could',
  'also',
  'then',
  'later',
  'again',
  'further',
  'repeatedly',
  'once',
]);

export function addReferences(state: DocState, units: readonly Unit[]): void {
  const found: EntityMention[] = [];
  const names = nameTexts(state);
  const gender = new Map<number, 'm' | 'f' | 'u'>();
  for (const e of state.entities) {
    if (e.type !== 'Person') continue;
    const longest = [...(names.get(e.id) ?? [])].sort((a, b) => b.split(' ').length - a.split(' ').length)[0];
    const first = longest?.split(' ')[0];
    gender.set(e.id, (first && longest!.includes(' ') && lexicon().firstNames.get(first)) || 'u');
  }
  const known = [...state.mentions].filter((m) => m.kind !== 'pronoun' && m.kind !== 'description').sort((a, b) => a.start - b.start);
  const history: EntityMention[] = [];
  let pointer = 0;

  const latest = (pos: number, sentence: number, window: number, ok: (m: EntityMention) => boolean): EntityMention | undefined => {
    for (let i = history.length - 1; i >= 0; i--) {
      const m = history[i]!;
      if (m.start >= pos) continue;
      // A headline mention stays in reach at any distance: the headline names the story's subject.
      if (!m.unit?.headline && sentence - m.sentence > window) return undefined;
      if (ok(m)) return m;
    }
    return undefined;
  };

  // Pronouns and descriptions in the headline have no antecedent before them.
  const ordered = units.filter((u) => u.mode !== 'caps' && !u.headline);
  for (const unit of ordered) {
    const words = unit.words;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      while (pointer < known.length && known[pointer]!.start < w.start) insertSorted(history, known[pointer++]!);
      if (!REFERRING.has(w.lower)) continue;
      const push = (end: number, entity: number, kind: 'pronoun' | 'description'): void => {
        const m: EntityMention = { start: w.start, end, kind, sentence: unit.sentence, entity, unit, first: k, last: k };
        found.push(m);
        insertSorted(history, m);
      };
      const isMale = MALE_PRONOUNS.has(w.lower);
      if (isMale || FEMALE_PRONOUNS.has(w.lower)) {
        const want = isMale ? 'm' : 'f';
        const ante = latest(w.start, unit.sentence, PRONOUN_WINDOW, (m) => {
          if (state.entities[m.entity]!.type !== 'Person') return false;
          const g = gender.get(m.entity) ?? 'u';
          return g === 'u' || g === want;
        });
        if (ante) push(w.end, ante.entity, 'pronoun');
        continue;
      }
      if (w.lower === 'it' && subjectOfReporting(unit, k)) {
        const ante = latest(w.start, unit.sentence, PRONOUN_WINDOW, (m) => {
          const t = state.entities[m.entity]!.type;
          return t === 'Organization' || t === 'Country';
        });
        if (ante) push(w.end, ante.entity, 'pronoun');
        continue;
      }
      if (w.lower === 'the') {
        let n = k + 1;
        while (words[n] && !words[n]!.cap && TITLE_MODIFIERS.has(words[n]!.lower) && !TITLE_HEADS.has(words[n]!.lower)) n++;
        const noun = words[n];
        if (!noun || noun.cap || noun.punct) continue;
        const after = words[n + 1];
        if (after && (after.cap || after.lower === 'of') && !noun.possessive) continue;
        const end = noun.end;
        if (TITLE_HEADS.has(noun.lower)) {
          const ante = latest(w.start, unit.sentence, DESCRIPTION_WINDOW, (m) => {
            const e = state.entities[m.entity]!;
            return e.type === 'Person' && e.roles.some((r) => r.title.toLowerCase().split(' ').includes(noun.lower));
          });
          if (ante) push(end, ante.entity, 'description');
        } else if (ORG_DESCRIPTIONS.has(noun.lower)) {
          const ante = latest(w.start, unit.sentence, DESCRIPTION_WINDOW, (m) => {
            const e = state.entities[m.entity]!;
            if (e.type !== 'Organization') return false;
            if (e.lex?.descriptions?.includes(noun.lower)) return true;
            return [...(names.get(e.id) ?? [])].some((t) => {
              const last = t.split(' ').pop()!.toLowerCase();
              return last === noun.lower && ORG_HEADS.has(last);
            });
          });
          if (ante) push(end, ante.entity, 'description');
        } else if (COUNTRY_DESCRIPTIONS.has(noun.lower)) {
          // The country the clause is about, not one named after a preposition: in "Russia's pressure on
          // the US has not been taken seriously as the country's ability ...", the country is Russia.
          const country = (m: EntityMention): boolean => state.entities[m.entity]!.type === 'Country';
          const subject = (m: EntityMention): boolean => country(m) && !governed(m);
          const ante =
            latest(w.start, unit.sentence, 0, subject) ??
            latest(w.start, unit.sentence, PRONOUN_WINDOW, subject) ??
            latest(w.start, unit.sentence, PRONOUN_WINDOW, country);
          if (ante) push(end, ante.entity, 'description');
        }
      }
    }
  }
  for (const m of found) state.mentions.push(m);
}

const PREPOSITIONS = new Set([
  'on',
  'to',
  'with',
  'from',
  'against',
  'in',
  'of',
  'by',
  'over',
  'for',
  'at',
  'between',
  'into',
  'towards',
  'toward',
  'about',
  'than',
  'like',
  'upon',
  'across',
  'through',
  'among',
  'via',
]);

/** A mention governed by a preposition ("on the US", "with Russia"): the object, not the subject. */
function governed(m: EntityMention): boolean {
  if (!m.unit || m.first === undefined) return false;
  let k = m.first - 1;
  if (m.unit.words[k]?.lower === 'the') k--;
  const prev = m.unit.words[k];
  return prev !== undefined && PREPOSITIONS.has(prev.lower);
}

/** "it said", "it has warned", "it also insisted". */
function subjectOfReporting(unit: Unit, k: number): boolean {
  let n = k + 1;
  while (unit.words[n] && AUX.has(unit.words[n]!.lower)) n++;
  const verb = unit.words[n];
  return verb !== undefined && REPORTING_VERBS.has(verb.lower);
}

function insertSorted(list: EntityMention[], m: EntityMention): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.start > m.start) i--;
  list.splice(i, 0, m);
}

/** Surface forms of each entity's name and alias mentions. */
export function nameTexts(state: DocState): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const m of state.mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    const set = out.get(m.entity) ?? new Set<string>();
    set.add(state.text.slice(m.start, m.end).replace(/\s+/g, ' ').replace(/[’‘`]/g, "'"));
    out.set(m.entity, set);
  }
  return out;
}
