import type { BoilerplateEvidence } from '../core/types.js';

/**
 * How sure ingest is that a span is page furniture, from how it was recognised. Ordered by
 * how much the evidence says on its own: a line that names itself ("Advertisement") over a
 * line judged by its neighbours (a menu run, the items of a related list), over a line
 * judged by its place alone (a short label under the headline). Raw scores, to be
 * calibrated; only their order is meant.
 */
const STRENGTH: Readonly<Record<BoilerplateEvidence, number>> = {
  'line-pattern': 0.95,
  'publisher-blurb': 0.9,
  'author-note': 0.9,
  'wrapped-line': 0.85,
  'menu-run': 0.85,
  'page-tail': 0.8,
  'site-name': 0.75,
  'list-item': 0.75,
  'top-label': 0.7,
};

/** A span is as sure as its weakest line. */
export function boilerplateConfidence(evidence: readonly BoilerplateEvidence[]): number {
  return evidence.reduce((lowest, e) => Math.min(lowest, STRENGTH[e]), 1);
}

/** Evidence classes, strongest first, each once. */
export function sortEvidence(evidence: Iterable<BoilerplateEvidence>): BoilerplateEvidence[] {
  return [...new Set(evidence)].sort((a, b) => STRENGTH[b] - STRENGTH[a] || a.localeCompare(b));
}
