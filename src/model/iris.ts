import { sha256Hex, slug } from '../core/iri.js';
import { NEWSKG_BASE } from '../core/vocab.js';
import type { ActorType } from '../core/types.js';

const ACTOR_TYPES: ReadonlySet<string> = new Set<ActorType>(['Person', 'Organization', 'Country', 'Place']);

/** Mints every instance IRI of one article (see docs/graph-model.md, "Instance IRIs"). */
export class IriMinter {
  readonly article: string;
  /** First 16 hex of sha256(article IRI): keeps per-article IRIs short and collision-free across a corpus. */
  readonly key: string;
  private readonly base: string;

  constructor(base: string, contentHash: string, url?: string) {
    this.base = base;
    this.article = url ?? `${base}article/${contentHash.slice(0, 16)}`;
    this.key = sha256Hex(this.article).slice(0, 16);
  }

  /** Actor keys are `${type}:${name}`; named actors are corpus-wide, anything else is local to the article. */
  actor(actorKey: string): string {
    const colon = actorKey.indexOf(':');
    const type = colon > 0 ? actorKey.slice(0, colon) : '';
    const name = colon > 0 ? actorKey.slice(colon + 1) : actorKey;
    if (ACTOR_TYPES.has(type)) return `${this.base}actor/${type.toLowerCase()}/${slug(name)}`;
    return `${this.base}actor/unnamed/${this.key}-${slug(name)}`;
  }

  local(kind: 'role' | 'mention' | 'statement' | 'event' | 'timex' | 'section' | 'boilerplate', start: number, end: number): string {
    return `${this.base}${kind}/${this.key}-${start}-${end}`;
  }

  /** Sentences are numbered in text order; the article key keeps the IRI unique across a corpus. */
  sentence(index: number): string {
    return `${this.base}sentence/${this.key}-${index}`;
  }

  run(): string {
    return `${this.base}run/${this.key}`;
  }

  static software(version: string): string {
    return `${NEWSKG_BASE}software/${version}`;
  }

  static periodical(issn: string): string {
    return `urn:issn:${issn}`;
  }

  static wikidata(qid: string): string {
    return `http://www.wikidata.org/entity/${qid}`;
  }
}

export function actorTypeOfKey(actorKey: string): ActorType | undefined {
  const type = actorKey.slice(0, actorKey.indexOf(':'));
  return ACTOR_TYPES.has(type) ? (type as ActorType) : undefined;
}

export function actorNameOfKey(actorKey: string): string {
  const colon = actorKey.indexOf(':');
  return colon >= 0 ? actorKey.slice(colon + 1) : actorKey;
}
