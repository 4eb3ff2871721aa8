import type { ActorRecord, Mention, Sentence, SourceDocument } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { readCapsUnits } from './caps.js';
import { chunkUnit, type Candidate } from './chunk.js';
import { documentContext } from './context.js';
import { addMetadataActors } from './metadata.js';
import { buildRecords } from './records.js';
import { addReferences } from './references.js';
import { resolveCandidates } from './resolve.js';
import { extractRoles } from './roles.js';
import type { DocState } from './state.js';
import { buildUnits, type Unit } from './units.js';
import { FUNCTION_WORDS } from './words.js';

/**
 * Actor extraction: named people, organisations, countries and places, their mentions in the
 * document (names, aliases, descriptions, pronouns, demonyms, metonyms) and the roles people hold.
 * The headline is read through its sentences (Sentence.paragraph = -1), so its mentions carry a real sentence index.
 * Pure and synchronous; lexicons load once per process.
 */
/** `tokens`: the tokens of each sentence, when the caller has them (extractArticle does). */
export function extractActors(
  doc: SourceDocument,
  sentences: Sentence[],
  tokens?: readonly Token[][],
): { actors: ActorRecord[]; mentions: Mention[] } {
  const units = buildUnits(doc, sentences, tokens);
  const state: DocState = { text: doc.text, entities: [], mentions: [], lowerWords: lowerWords(units), context: documentContext(units) };
  const ctx = { text: doc.text, strongWords: strongWords(units) };

  const candidates: Candidate[] = [];
  for (const unit of units) if (unit.mode !== 'caps') for (const c of chunkUnit(unit, ctx)) candidates.push(c);
  resolveCandidates(state, candidates);
  readCapsUnits(
    state,
    units.filter((u) => u.mode === 'caps'),
  );
  addMetadataActors(state, doc);
  extractRoles(state);
  addReferences(state, units);
  return buildRecords(state);
}

function lowerWords(units: readonly Unit[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) for (const w of u.words) if (!w.cap && !w.punct) out.add(w.lower);
  return out;
}

/** Words the writer capitalised inside a sentence, where capitals are a choice: evidence of a name elsewhere. */
function strongWords(units: readonly Unit[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) {
    if (u.mode !== 'normal') continue;
    for (const w of u.words) if (w.cap && !w.initial && !w.punct && !FUNCTION_WORDS.has(w.lower)) out.add(w.text);
  }
  return out;
}
