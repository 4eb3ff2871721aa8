import type { ActorSummary } from './summary.js';

/**
 * The same person named by a shorter name in one article ("Rogozin, Russia's NATO envoy") and
 * in full in another ("Dmitry Rogozin"): the shorter name's words are the longer one's in order,
 * ending with the same surname; exactly one full name of the corpus fits; and the two share a
 * role title or an affiliation. Returns shorter IRI -> full IRI.
 */
export function linkPeople(actors: readonly ActorSummary[]): Map<string, string> {
  const people = mergeByIri(actors.filter((a) => a.type === 'Person'));
  const bySurname = new Map<string, ActorSummary[]>();
  for (const person of people) {
    const words = nameWords(person.name);
    if (words.length < 2) continue;
    const surname = words.at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  const links = new Map<string, string>();
  for (const person of people) {
    const words = nameWords(person.name);
    const fitting = (bySurname.get(words.at(-1) ?? '') ?? []).filter(
      (full) => full.iri !== person.iri && isShorterForm(words, nameWords(full.name)),
    );
    if (fitting.length !== 1) continue;
    const full = fitting[0]!;
    if (shareEvidence(person, full)) links.set(person.iri, full.iri);
  }
  return links;
}

/** One entry per IRI, with the titles and affiliations every article gave it. */
function mergeByIri(actors: readonly ActorSummary[]): ActorSummary[] {
  const byIri = new Map<string, ActorSummary>();
  for (const actor of actors) {
    const seen = byIri.get(actor.iri);
    if (!seen) byIri.set(actor.iri, { ...actor, titles: [...actor.titles], affiliations: [...actor.affiliations] });
    else {
      seen.titles = [...new Set([...seen.titles, ...actor.titles])];
      seen.affiliations = [...new Set([...seen.affiliations, ...actor.affiliations])];
    }
  }
  return [...byIri.values()].sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}

const nameWords = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** "Rogozin" and "Dmitry Rogozin", "Anders Rasmussen" and "Anders Fogh Rasmussen": fewer words, in order, same last one. */
function isShorterForm(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length >= longer.length || shorter.at(-1) !== longer.at(-1)) return false;
  let k = 0;
  for (const word of longer) if (word === shorter[k]) k++;
  return k === shorter.length;
}

function shareEvidence(a: ActorSummary, b: ActorSummary): boolean {
  return a.titles.some((t) => b.titles.includes(t)) || a.affiliations.some((x) => b.affiliations.includes(x));
}
