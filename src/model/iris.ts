import { sha256Hex, slug } from '../core/iri.js';
import { NEWSKG_BASE } from '../core/vocab.js';
import { actorFolder, actorFolderName, actorNameOfKey, actorTypeOfKey, instanceFolder, type InstanceKind } from '../core/iri-layout.js';

/** Mints every instance IRI of one article (see docs/graph-model.md, "Instance IRIs"). */
export class IriMinter {
  readonly article: string;
  /** First 16 hex of sha256(article IRI): keeps per-article IRIs short and collision-free across a corpus. */
  readonly key: string;
  private readonly base: string;

  constructor(base: string, contentHash: string, url?: string) {
    this.base = base;
    this.article = url ?? `${instanceFolder(base, 'article')}${contentHash.slice(0, 16)}`;
    this.key = sha256Hex(this.article).slice(0, 16);
  }

  /** Actor keys are `${type}:${name}`; named actors are corpus-wide, anything else is local to the article. */
  actor(actorKey: string): string {
    const type = actorTypeOfKey(actorKey);
    const name = keyName(actorKey);
    return type ? `${actorFolder(this.base, type)}${slug(name)}` : `${actorFolder(this.base, undefined)}${this.key}-${slug(name)}`;
  }

  /**
   * The actor as this article presents it (newskg:ArticleActor): the article key, the actor's
   * folder and slug, so two keys that share an actor IRI share this node too.
   */
  articleActor(actorKey: string): string {
    const type = actorTypeOfKey(actorKey);
    return `${instanceFolder(this.base, 'article-actor')}${this.key}-${actorFolderName(type)}-${slug(keyName(actorKey))}`;
  }

  local(kind: Exclude<InstanceKind, 'article' | 'sentence' | 'run' | 'article-actor'>, start: number, end: number): string {
    return `${instanceFolder(this.base, kind)}${this.key}-${start}-${end}`;
  }

  /** Sentences are numbered in text order; the article key keeps the IRI unique across a corpus. */
  sentence(index: number): string {
    return `${instanceFolder(this.base, 'sentence')}${this.key}-${index}`;
  }

  run(): string {
    return `${instanceFolder(this.base, 'run')}${this.key}`;
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

function keyName(actorKey: string): string {
  return actorKey.indexOf(':') > 0 ? actorNameOfKey(actorKey) : actorKey;
}
