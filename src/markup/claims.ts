import type { ClaimLeaf } from 'schema-dts';
import type { ActorNode, ArticleModel } from '../model/index.js';
import { actorThing, agentThing } from './things.js';
import type { ActorThing } from './things.js';

/**
 * The statements worth publishing as schema:Claim: direct and indirect speech of a named
 * person or organisation, in text order, at most `limit`. The author's own claims in an
 * op-ed are the article itself, and a country or an unnamed source cannot be a schema:author.
 */
export function statementClaims(model: ArticleModel, actors: ReadonlyMap<string, ActorNode>, limit: number): ClaimLeaf[] {
  const claims: ClaimLeaf[] = [];
  const ordered = [...model.statements].sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
  for (const statement of ordered) {
    if (claims.length >= limit) break;
    if (statement.mode === 'authorial') continue;
    const speaker = actors.get(statement.speaker);
    const author = speaker && agentThing(speaker);
    if (!author) continue;
    const about = statement.about
      .map((iri) => actors.get(iri))
      .map((actor) => actor && actorThing(actor))
      .filter((thing): thing is ActorThing => thing !== undefined);
    claims.push({
      '@type': 'Claim',
      text: statement.content.exact,
      author,
      appearance: { '@id': model.article.iri },
      ...(about.length ? { about } : {}),
    });
  }
  return claims;
}
