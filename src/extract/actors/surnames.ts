import { LOCATIVE_PREPOSITIONS } from './cues.js';
import type { DocState, EntityMention } from './state.js';

/**
 * A person's surname that is also a place's or a country's name ("Neil Jordan ... Jordan said",
 * "MaliVai Washington ... Washington fell short"): after the full name has been read, a lone
 * mention of the surname is the person, unless a preposition makes it a place ("in Jordan").
 */

const PLACE_LINKS = new Set([...LOCATIVE_PREPOSITIONS, 'of', 'from', 'to']);

export function reclaimSurnames(state: DocState): void {
  const full: { words: string[]; entity: number; start: number }[] = [];
  for (const m of [...state.mentions].sort((a, b) => a.start - b.start)) {
    if (m.kind !== 'name' || state.entities[m.entity]!.type !== 'Person' || m.unit?.mode !== 'normal') continue;
    const words = state.text.slice(m.start, m.end).split(/\s+/);
    if (words.length >= 2) full.push({ words, entity: m.entity, start: m.start });
  }
  const surnames = new Set(full.map((f) => f.words[f.words.length - 1]!));
  const firstFull = new Map<string, { entity: number; start: number }>();
  for (const f of full) {
    // Two names run together ("Yeltsin endorses Lebed Chechnya peace plan"): its first word is someone's surname.
    if (surnames.has(f.words[0]!)) continue;
    const surname = f.words[f.words.length - 1]!;
    if (!firstFull.has(surname)) firstFull.set(surname, { entity: f.entity, start: f.start });
  }
  if (firstFull.size === 0) return;
  for (const m of state.mentions) {
    // A capital acting politically ("Washington imposed sanctions") stays the government.
    if (m.kind !== 'name') continue;
    const type = state.entities[m.entity]!.type;
    if (type === 'Person' || type === undefined) continue;
    const person = firstFull.get(state.text.slice(m.start, m.end));
    if (!person || person.start >= m.start || readsAsPlace(m)) continue;
    m.entity = person.entity;
    m.kind = 'alias';
  }
}

function readsAsPlace(m: EntityMention): boolean {
  if (!m.unit || m.first === undefined) return true;
  const prev = m.unit.words[m.first - 1];
  return prev !== undefined && PLACE_LINKS.has(prev.lower);
}
