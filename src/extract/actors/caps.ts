import { lexicon, lookupName, normaliseName, type LexEntry } from './lexicon.js';
import { countryEntity, newEntity, type DocState, type Entity } from './state.js';
import type { Unit } from './units.js';
import { emptyScores, isTeamContext } from './evidence.js';
import { EVENT_HEADS } from './cues.js';
import { FUNCTION_WORDS } from './words.js';

/**
 * All-caps lines (headlines, datelines): capitalisation says nothing there, so only names already
 * read elsewhere in the document, lexicon names and "first name + surname" are taken, longest first.
 */

const MAX_WORDS = 6;

export function readCapsUnits(state: DocState, units: readonly Unit[]): void {
  if (units.length === 0) return;
  const known = new Map<string, { entity: number; exact: boolean }>();
  for (const m of state.mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    const key = normaliseName(state.text.slice(m.start, m.end)).toLowerCase();
    if (!known.has(key)) known.set(key, { entity: m.entity, exact: m.kind === 'name' });
  }
  const lexEntities = new Map<string, Entity>();
  for (const e of state.entities) if (e.lex) lexEntities.set(`${e.lex.type}|${e.lex.name}`, e);
  for (const unit of units) readCapsUnit(state, unit, known, lexEntities);
}

function readCapsUnit(
  state: DocState,
  unit: Unit,
  known: Map<string, { entity: number; exact: boolean }>,
  lexEntities: Map<string, Entity>,
): void {
  const words = unit.words;
  const lex = lexicon();
  const phrase = (i: number, j: number): string => normaliseName(state.text.slice(words[i]!.start, words[j]!.end));
  const push = (i: number, j: number, entity: number, kind: 'name' | 'alias' | 'demonym'): void => {
    state.mentions.push({ start: words[i]!.start, end: words[j]!.end, kind, sentence: unit.sentence, entity, unit, first: i, last: j });
  };
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.punct || !/\p{L}/u.test(w.text) || /\d/.test(w.text)) {
      i++;
      continue;
    }
    let matched = false;
    for (let j = Math.min(words.length - 1, i + MAX_WORDS - 1); j >= i && !matched; j--) {
      if (words.slice(i, j + 1).some((x) => x.punct && x.text !== '&' && x.text !== '.')) continue;
      const text = phrase(i, j);
      const hit = known.get(text.toLowerCase());
      const entryForTeam = hit ? undefined : lookupName(text, { anyCase: true });
      // "HONG KONG OPEN", "FED CUP": a known name opening the name of an event, not an actor.
      if ((hit || entryForTeam) && EVENT_HEADS.has(words[j + 1]?.lower ?? '')) {
        i = j + 2;
        matched = true;
        break;
      }
      if ((hit && state.entities[hit.entity]!.type === 'Place') || (entryForTeam?.type === 'Place' && capsLexiconOk(entryForTeam, text))) {
        // "BALTIMORE 4 BOSTON 3": a place in a score line is a team.
        if (isTeamContext({ unit, first: i, last: j })) {
          const name = entryForTeam?.name ?? titleCase(text);
          let team = lexEntities.get(`Organization|${name}`);
          if (!team) {
            team = newEntity(state, { type: 'Organization', scores: { ...emptyScores(), Organization: 8 } });
            lexEntities.set(`Organization|${name}`, team);
          }
          push(i, j, team.id, 'name');
          i = j + 1;
          matched = true;
          break;
        }
      }
      if (hit) {
        push(i, j, hit.entity, hit.exact ? 'name' : 'alias');
        i = j + 1;
        matched = true;
        break;
      }
      const entry = lookupName(text, { anyCase: true });
      if (entry && capsLexiconOk(entry, text)) {
        const key = `${entry.type}|${entry.name}`;
        let e = lexEntities.get(key);
        if (!e) {
          e = entry.countryInfo
            ? countryEntity(state, entry.countryInfo)
            : newEntity(state, { type: entry.type, lex: entry, scores: { ...emptyScores(), [entry.type]: 5 } });
          lexEntities.set(key, e);
        }
        push(i, j, e.id, 'name');
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const titled = titleCase(w.text);
    // "PHIL SIMMONS": a first name and a word that is not a common one.
    const next = words[i + 1];
    if (
      next &&
      !next.punct &&
      lex.firstNames.has(titled) &&
      !lex.commonWords.has(w.lower) &&
      !lex.commonWords.has(next.lower) &&
      /^\p{L}+$/u.test(next.text)
    ) {
      const e = newEntity(state, { type: 'Person', scores: { ...emptyScores(), Person: 4 } });
      push(i, i + 1, e.id, 'name');
      known.set(phrase(i, i + 1).toLowerCase(), { entity: e.id, exact: true });
      i += 2;
      continue;
    }
    i++;
  }
}

/** On a caps line a lexicon name must not also be a common word ("OF", "BEST", "READING"), unless it is big. */
function capsLexiconOk(entry: LexEntry, text: string): boolean {
  const lower = text.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return false;
  if (entry.kind === 'country' || entry.kind === 'organization') return true;
  const common = lexicon().commonWords.has(lower);
  if (entry.kind === 'city') return !common || (entry.population ?? 0) >= 1_000_000;
  return !common;
}

function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}
