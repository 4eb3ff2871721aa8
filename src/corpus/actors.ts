import type { ActorSummary } from './summary.js';

/** A person of the corpus once, with the titles and affiliations every article gave them. */
interface Person {
  iri: string;
  /** The name the first article that named them gave. */
  name: string;
  titles: Set<string>;
  affiliations: Set<string>;
}

/**
 * The people of a corpus, gathered article by article: one entry per IRI however many articles
 * name them, so the memory grows with the distinct people, not with the articles.
 */
export class People {
  private readonly byIri = new Map<string, Person>();

  /** `intern` gives one copy of a string that many articles repeat (IRIs, titles). */
  add(actors: readonly ActorSummary[], intern: (text: string) => string): void {
    for (const actor of actors) {
      if (actor.type !== 'Person') continue;
      let person = this.byIri.get(actor.iri);
      if (!person) {
        person = { iri: intern(actor.iri), name: intern(actor.name), titles: new Set(), affiliations: new Set() };
        this.byIri.set(person.iri, person);
      }
      for (const title of actor.titles) person.titles.add(intern(title));
      for (const affiliation of actor.affiliations) person.affiliations.add(intern(affiliation));
    }
  }

  /**
   * The same person named by a shorter name in one article ("Rogozin, Russia's NATO envoy") and
   * in full in another ("Dmitry Rogozin"): the shorter name's words are the longer one's in order,
   * ending with the same surname; exactly one full name of the corpus fits; and the two share a
   * role title or an affiliation. Returns shorter IRI -> full IRI.
   */
  links(): Map<string, string> {
    const people = [...this.byIri.values()].sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
    const bySurname = new Map<string, Person[]>();
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
}

const nameWords = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** "Rogozin" and "Dmitry Rogozin", "Anders Rasmussen" and "Anders Fogh Rasmussen": fewer words, in order, same last one. */
function isShorterForm(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length >= longer.length || shorter.at(-1) !== longer.at(-1)) return false;
  let k = 0;
  for (const word of longer) if (word === shorter[k]) k++;
  return k === shorter.length;
}

function shareEvidence(a: Person, b: Person): boolean {
  return [...a.titles].some((t) => b.titles.has(t)) || [...a.affiliations].some((x) => b.affiliations.has(x));
}
