import { actorKey } from '../../core/iri-layout.js';
import type { ActorRecord, Mention, MentionEvidence, Role } from '../../core/types.js';
import { mentionConfidence, typeConfidence } from './confidence.js';
import { total } from './evidence.js';
import type { DocState, Entity } from './state.js';

/**
 * Final actor records and mentions. The canonical name is the country's common short name, a
 * lexicon name, a metadata name, or else the longest name seen (a person's full name). Actors are
 * ordered by first mention (or metadata position), mentions by offset.
 */
export function buildRecords(state: DocState): { actors: ActorRecord[]; mentions: Mention[] } {
  const texts = new Map<number, { text: string; words: number; start: number; kind: string }[]>();
  for (const m of state.mentions) {
    const list = texts.get(m.entity) ?? [];
    const text = state.text.slice(m.start, m.end).replace(/\s+/g, ' ').replace(/[’‘`]/g, "'");
    list.push({ text, words: text.split(' ').length, start: m.start, kind: m.kind });
    texts.set(m.entity, list);
  }

  const keyOf = new Map<number, string>();
  const byKey = new Map<string, { record: ActorRecord; first: number; entities: Entity[] }>();
  for (const e of state.entities) {
    if (!e.type) continue;
    const seen = texts.get(e.id) ?? [];
    if (seen.length === 0 && !e.fixedName) continue;
    const name = canonicalName(e, seen);
    if (!name) continue;
    const key = actorKey(e.type, name);
    keyOf.set(e.id, key);
    const first = seen.reduce((min, s) => Math.min(min, s.start), e.anchor ?? Infinity);
    const entry = byKey.get(key);
    if (entry) {
      entry.first = Math.min(entry.first, first);
      entry.entities.push(e);
      continue;
    }
    const record: ActorRecord = {
      key,
      type: e.type,
      name,
      aliases: [],
      roles: [],
      confidence: typeConfidence(entityEvidence(e, 0, name.split(' ').length)),
    };
    const wikidata = e.lex?.type === e.type ? (e.lex.wikidata ?? e.country?.wikidata) : e.country?.wikidata;
    if (wikidata) record.wikidata = wikidata;
    const code = e.type === 'Country' ? (e.country?.code ?? e.lex?.countryInfo?.code) : undefined;
    if (code) record.countryCode = code;
    byKey.set(key, { record, first, entities: [e] });
  }

  const nameMentions = new Map<string, number>();
  const nameWords = new Map<string, number>();
  for (const m of state.mentions) {
    const actor = keyOf.get(m.entity);
    if (!actor || (m.kind !== 'name' && m.kind !== 'alias')) continue;
    nameMentions.set(actor, (nameMentions.get(actor) ?? 0) + 1);
    const words = state.text.slice(m.start, m.end).split(/\s+/).length;
    nameWords.set(actor, Math.max(words, nameWords.get(actor) ?? 0));
  }
  const mentions: Mention[] = [];
  const spans = new Set<string>();
  for (const m of [...state.mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const actor = keyOf.get(m.entity);
    if (!actor) continue;
    const id = `${m.start}:${m.end}`;
    if (spans.has(id)) continue;
    spans.add(id);
    const evidence = entityEvidence(state.entities[m.entity]!, nameMentions.get(actor) ?? 0, nameWords.get(actor) ?? 1);
    const confidence = mentionConfidence(evidence, m.kind);
    mentions.push({
      span: { start: m.start, end: m.end, text: state.text.slice(m.start, m.end) },
      actor,
      kind: m.kind,
      sentence: m.sentence,
      confidence,
      evidence,
    });
    const record = byKey.get(actor)?.record;
    // An actor is as sure as its surest mention.
    if (record && confidence > record.confidence) record.confidence = confidence;
  }

  for (const { record, entities } of byKey.values()) {
    const aliases = new Set<string>();
    for (const e of entities) {
      for (const alias of e.forms?.aliases ?? []) if (alias !== record.name) aliases.add(alias);
      for (const s of (texts.get(e.id) ?? []).sort((a, b) => a.start - b.start)) {
        // A name with its other form inside ("Bob (Robert James) Smith") is already given as those forms.
        if ((s.kind === 'name' || s.kind === 'alias') && s.text !== record.name && s.text !== e.forms?.written) aliases.add(s.text);
      }
      for (const r of e.roles) {
        const role: Role = { title: r.title, span: { start: r.start, end: r.end, text: state.text.slice(r.start, r.end) } };
        const aff = r.affiliation !== undefined ? keyOf.get(r.affiliation) : undefined;
        if (aff && aff !== record.key) role.affiliation = aff;
        if (!record.roles.some((x) => x.title.toLowerCase() === role.title.toLowerCase() && x.affiliation === role.affiliation))
          record.roles.push(role);
      }
    }
    record.aliases = [...aliases];
  }

  const actors = [...byKey.values()].sort((a, b) => a.first - b.first || (a.record.key < b.record.key ? -1 : 1)).map((x) => x.record);
  return { actors, mentions };
}

function canonicalName(e: Entity, seen: { text: string; words: number; start: number; kind: string }[]): string | undefined {
  if (e.fixedName) return e.fixedName;
  if (e.forms) return e.forms.canonical;
  if (e.country) return e.country.name;
  if (e.lex) return e.lex.name;
  const names = seen.filter((s) => s.kind === 'name' || s.kind === 'alias');
  if (names.length === 0) return undefined;
  const best = names.reduce((a, b) => (b.words > a.words || (b.words === a.words && b.text.length > a.text.length) ? b : a));
  return best.text;
}

/** The evidence an entity's type rests on. */
function entityEvidence(e: Entity, nameMentions: number, nameWords: number): MentionEvidence {
  const type = e.type!;
  const sum = total(e.scores);
  const typeAgreement = sum > 0 ? Math.round((e.scores[type] / sum) * 100) / 100 : 0;
  const typeStrength = e.scores[type];
  const base = { typeAgreement, typeStrength, nameMentions, nameWords };
  if (e.fixedName) return { ...base, typeSource: 'metadata' };
  const lex = e.country && type === 'Country' ? { kind: 'country' as const } : e.lex?.type === type ? e.lex : undefined;
  if (lex)
    return {
      ...base,
      typeSource: 'lexicon',
      lexiconKind: lex.kind,
      ...('population' in lex && lex.population !== undefined ? { population: lex.population } : {}),
    };
  return { ...base, typeSource: e.defaultType ? 'default' : 'context' };
}
