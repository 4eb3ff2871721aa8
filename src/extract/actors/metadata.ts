import type { ActorType, SourceDocument, SpannedValue } from '../../core/types.js';
import { nameTexts } from './references.js';
import { newEntity, type DocState, type Entity } from './state.js';

/**
 * Actors named by the document's metadata rather than its body: the authors (people or organisations), the
 * publisher and the source organisation. A body mention of the same name, or of an author's
 * surname, becomes a mention of that actor.
 */
export function addMetadataActors(state: DocState, doc: SourceDocument): void {
  for (const author of doc.metadata.authors) add(state, author, author.type);
  if (doc.metadata.publisher) add(state, doc.metadata.publisher, 'Organization');
  if (doc.metadata.sourceOrganization) add(state, doc.metadata.sourceOrganization, 'Organization');
}

function add(state: DocState, value: SpannedValue, type: ActorType): void {
  const name = value.value.replace(/\s+/g, ' ').trim();
  if (!name) return;
  const texts = nameTexts(state);
  let entity: Entity | undefined;
  for (const e of state.entities) {
    if (e.type === type && (e.fixedName === name || texts.get(e.id)?.has(name))) {
      entity = e;
      break;
    }
  }
  entity ??= newEntity(state, { type, scores: { Person: 0, Organization: 0, Country: 0, Place: 0, [type]: 10 } });
  entity.fixedName = name;
  if (value.span && (entity.anchor === undefined || value.span.start < entity.anchor)) entity.anchor = value.span.start;

  // "Beheshtipour" in the body stands for the author "Hassan Beheshtipour".
  if (type !== 'Person' || !name.includes(' ')) return;
  const words = name.split(' ');
  const tails = new Set(words.slice(1).map((_, k) => words.slice(k + 1).join(' ')));
  for (const e of state.entities) {
    if (e === entity || e.type !== 'Person') continue;
    const own = texts.get(e.id);
    if (!own || own.size === 0 || ![...own].every((t) => tails.has(t))) continue;
    for (const m of state.mentions) {
      if (m.entity !== e.id) continue;
      m.entity = entity.id;
      if (m.kind === 'name') m.kind = 'alias';
    }
    for (const role of e.roles) entity.roles.push(role);
    e.type = undefined;
  }
}
