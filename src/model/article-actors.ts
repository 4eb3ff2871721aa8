import type { ArticleActorNode, ArticleNode, ActorNode, EventNode, StatementNode } from './types.js';

/**
 * Pure: one newskg:ArticleActor per actor of the article, linked back from each of the article's
 * nodes that names the actor (docs/graph-model.md, "ArticleActor"). `iris` maps an actor IRI to
 * its node's IRI (IriMinter.articleActor).
 */
export function buildArticleActors(
  actors: readonly ActorNode[],
  iris: ReadonlyMap<string, string>,
  article: ArticleNode,
  statements: readonly StatementNode[],
  events: readonly EventNode[],
): ArticleActorNode[] {
  const byActor = new Map<string, ArticleActorNode>();
  for (const actor of actors) {
    byActor.set(actor.iri, {
      iri: iris.get(actor.iri)!,
      actor: actor.iri,
      name: actor.name,
      ...(actor.type ? { type: actor.type } : {}),
      mentionCount: 0,
      mentionedIn: [],
      speakerOf: [],
      topicOf: [],
      participantIn: [],
      placeOf: [],
    });
  }
  const of = (actor: string): ArticleActorNode => byActor.get(actor)!;
  const sentencesSeen = new Set<string>();
  for (const mention of article.mentions) {
    const node = of(mention.actor);
    node.mentionCount++;
    const key = `${node.iri} ${mention.sentence}`;
    if (mention.sentence && !sentencesSeen.has(key)) {
      sentencesSeen.add(key);
      node.mentionedIn.push(mention.sentence);
    }
  }
  for (const s of statements) {
    of(s.speaker).speakerOf.push(s.iri);
    for (const about of s.about) of(about).topicOf.push(s.iri);
  }
  for (const e of events) {
    for (const p of e.participants) of(p.actor).participantIn.push(e.iri);
    if (e.place) of(e.place).placeOf.push(e.iri);
  }
  return [...byActor.values()];
}
