/**
 * The layout of instance IRIs under --base (see docs/graph-model.md, "Instance IRIs"): one
 * folder per kind of instance, actors under actor/<type>/, and the actor key `Type:Name` the
 * actor IRIs are minted from. The model mints by it; the writers name prefixes by it.
 */
import type { ActorType } from './types.js';

/** Kinds of instance with a folder of their own under --base ("statement/…"). */
export const INSTANCE_KINDS = [
  'article',
  'statement',
  'event',
  'mention',
  'timex',
  'role',
  'section',
  'boilerplate',
  'sentence',
  'run',
  'article-actor',
] as const;
export type InstanceKind = (typeof INSTANCE_KINDS)[number];

const ACTOR_TYPES: readonly ActorType[] = ['Person', 'Organization', 'Country', 'Place'];
/** Folders under actor/: one per actor type, and `unnamed` for actors local to one article. */
const ACTOR_FOLDERS = [...ACTOR_TYPES.map((type) => type.toLowerCase()), 'unnamed'];

/** The folder of an instance kind under --base. */
export function instanceFolder(base: string, kind: InstanceKind): string {
  return `${base}${kind}/`;
}

/** The folder of an actor type ("Person" -> actor/person/), or of article-local actors (no type). */
export function actorFolder(base: string, type: ActorType | undefined): string {
  return `${base}actor/${actorFolderName(type)}/`;
}

/** The folder name of an actor type under actor/ ("person"), `unnamed` for article-local actors. */
export function actorFolderName(type: ActorType | undefined): string {
  return type ? type.toLowerCase() : 'unnamed';
}

/** Prefixes for the instance folders under --base, so that data IRIs read as statement:…, person:… */
export function instancePrefixes(base: string): Record<string, string> {
  return Object.fromEntries([
    ...INSTANCE_KINDS.map((k) => [k, instanceFolder(base, k)]),
    ...ACTOR_FOLDERS.map((k) => [k, `${base}actor/${k}/`]),
  ]);
}

/** The document-independent key of an actor: `Type:Name`. */
export function actorKey(type: string, name: string): string {
  return `${type}:${name}`;
}

/** The type of a named actor's key; undefined for an article-local actor. */
export function actorTypeOfKey(key: string): ActorType | undefined {
  const colon = key.indexOf(':');
  const type = colon > 0 ? key.slice(0, colon) : '';
  return (ACTOR_TYPES as readonly string[]).includes(type) ? (type as ActorType) : undefined;
}

export function actorNameOfKey(key: string): string {
  const colon = key.indexOf(':');
  return colon >= 0 ? key.slice(colon + 1) : key;
}
