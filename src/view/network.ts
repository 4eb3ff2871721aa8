import { compareText } from './describe.js';
import type { ArticleView } from './types.js';

export interface NetworkEdge {
  /** Speaker IRI. */
  source: string;
  /** IRI of the actor the statements are about. */
  target: string;
  statements: number;
  /** Statement types, most frequent first. */
  types: string[];
}

/** Who speaks about whom: one edge per speaker and actor spoken about, weighted by statements. */
export function speakerNetwork(article: ArticleView): NetworkEdge[] {
  const edges = new Map<string, { source: string; target: string; types: Map<string, number>; statements: number }>();
  for (const s of article.statements) {
    for (const target of new Set(s.about)) {
      if (target === s.speaker) continue;
      const key = `${s.speaker} ${target}`;
      let edge = edges.get(key);
      if (!edge) edges.set(key, (edge = { source: s.speaker, target, types: new Map(), statements: 0 }));
      edge.statements++;
      edge.types.set(s.type, (edge.types.get(s.type) ?? 0) + 1);
    }
  }
  return [...edges.values()]
    .map((e) => ({
      source: e.source,
      target: e.target,
      statements: e.statements,
      types: [...e.types].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([t]) => t),
    }))
    .sort((a, b) => b.statements - a.statements || compareText(a.source, b.source) || compareText(a.target, b.target));
}
