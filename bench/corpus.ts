/**
 * A synthetic news corpus for the benchmark: articles about as long as the bundled sample
 * (about 8 KB), each different (names, places, dates, sentence order), built from sentence
 * templates written for this file. Deterministic: the same seed gives the same corpus.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const FIRST = [
  'Elena',
  'Marcus',
  'Ingrid',
  'Tomasz',
  'Amara',
  'Kenji',
  'Lucia',
  'Pieter',
  'Nadia',
  'Rafael',
  'Sofia',
  'Daniel',
  'Helga',
  'Omar',
  'Irene',
  'Viktor',
  'Leila',
  'Jonas',
  'Clara',
  'Mateo',
  'Astrid',
  'Samuel',
  'Yara',
  'Felix',
];
const LAST = [
  'Markovic',
  'Lindgren',
  'Okafor',
  'Haddad',
  'Novak',
  'Brennan',
  'Castillo',
  'Varga',
  'Sato',
  'Meyer',
  'Rossi',
  'Kowalczyk',
  'Duarte',
  'Nilsen',
  'Petrov',
  'Moreau',
  'Schmidt',
  'Jansen',
  'Ibrahim',
  'Larsen',
  'Costa',
  'Horvat',
  'Fischer',
  'Andersen',
];
const COUNTRIES = [
  'France',
  'Germany',
  'Poland',
  'Norway',
  'Portugal',
  'Canada',
  'Japan',
  'Brazil',
  'Kenya',
  'Turkey',
  'Ukraine',
  'Russia',
  'China',
  'India',
  'Mexico',
  'Egypt',
  'Spain',
  'Italy',
  'Sweden',
  'Greece',
];
const CITIES = [
  'Brussels',
  'Geneva',
  'Vienna',
  'Oslo',
  'Lisbon',
  'Warsaw',
  'Ottawa',
  'Nairobi',
  'Ankara',
  'Madrid',
  'Rome',
  'Athens',
  'Stockholm',
  'Cairo',
  'Tokyo',
  'Helsinki',
];
const ORGS = [
  'the United Nations',
  'the European Union',
  'NATO',
  'the World Bank',
  'the International Monetary Fund',
  'the World Health Organization',
  'the African Union',
  'Amnesty International',
];
const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Finance Minister',
  'Prime Minister',
  'President',
  'Trade Minister',
  'Energy Minister',
  'ambassador',
];
const TOPICS = [
  'energy prices',
  'the border dispute',
  'fishing rights',
  'the arms control treaty',
  'grain exports',
  'the refugee agreement',
  'the gas pipeline',
  'climate funding',
  'the trade deal',
  'the ceasefire',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CUES = ['said', 'warned', 'insisted', 'told reporters', 'added', 'argued'];
const OUTLETS = ['Harbour Times', 'Continental Review', 'Evening Ledger', 'Northern Dispatch'];

/** mulberry32: a small seeded generator, so corpora are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cast {
  people: { name: string; last: string; role: string; country: string }[];
  city: string;
  topic: string;
  org: string;
  year: number;
  month: number;
}

type Template = (c: Cast, pick: <T>(list: readonly T[]) => T) => string;

const person = (c: Cast, pick: <T>(list: readonly T[]) => T) => pick(c.people);

const TEMPLATES: Template[] = [
  (c, pick) => {
    const p = person(c, pick);
    return `${p.country}'s ${p.role} ${p.name} ${pick(CUES)} on ${pick(WEEKDAYS)} that the talks on ${c.topic} had reached a critical stage.`;
  },
  (c, pick) => {
    const p = person(c, pick);
    return `"We will not accept an agreement that ignores our concerns about ${c.topic}," ${p.name} ${pick(CUES)} after the meeting in ${c.city}.`;
  },
  (c, pick) => {
    const p = person(c, pick);
    return `${p.last} warned that ${pick(COUNTRIES)} could withdraw from the negotiations if no compromise was found by ${MONTHS[(c.month + 1) % 12]}.`;
  },
  (c, pick) =>
    `Delegations from ${pick(COUNTRIES)} and ${pick(COUNTRIES)} met in ${c.city} on ${MONTHS[c.month]} ${pick(DAYS)}, ${c.year}, to discuss ${c.topic}.`,
  (c, pick) => `Officials at ${c.org} said the next round of talks would take place in ${pick(CITIES)} later this month.`,
  (c, pick) => {
    const p = person(c, pick);
    return `Speaking at a press conference, ${p.name} accused ${pick(COUNTRIES)} of delaying the process and demanded firm guarantees.`;
  },
  (c, pick) =>
    `Last week, ${pick(COUNTRIES)} announced the deployment of additional troops near the border, a move that ${c.org} criticised.`,
  (c) => `The vote on the resolution is expected in ${MONTHS[(c.month + 2) % 12]}, according to diplomats in ${c.city}.`,
  (c, pick) => {
    const p = person(c, pick);
    return `${p.role} ${p.name} denied that ${p.country} had made any concessions on ${c.topic}.`;
  },
  (c, pick) =>
    `Critics in ${pick(COUNTRIES)} argue that the plan does little to address the underlying dispute, and several analysts expect the talks to drag on well into ${c.year + 1}.`,
  (c, pick) => {
    const p = person(c, pick);
    return `"This is a question of trust," ${p.last} said. "Without verification, there can be no agreement."`;
  },
  (c, pick) =>
    `In ${c.year - 1}, a similar agreement collapsed after ${pick(COUNTRIES)} refused to sign the final text, and the memory of that failure still weighs on the negotiators.`,
  (c, pick) => {
    const p = person(c, pick);
    return `${p.name} is expected to visit ${pick(CITIES)} next week for meetings with ${pick(ORGS)} and representatives of ${pick(COUNTRIES)}.`;
  },
  (c, pick) =>
    `Protesters gathered outside the conference centre in ${c.city} on ${pick(WEEKDAYS)}, calling on governments to put ${c.topic} at the top of the agenda.`,
  (c, pick) =>
    `The European Commission proposed new sanctions on ${pick(COUNTRIES)} in ${MONTHS[c.month]}, but several member states have yet to agree.`,
];

/** Commentary without names, as op-eds have between the reported facts. */
const PROSE: Template[] = [
  (c) => `The question is not whether an agreement on ${c.topic} is possible, but whether anyone is ready to pay the price of one.`,
  () => 'Years of mistrust have left both sides convinced that any concession will be read as weakness at home.',
  () =>
    'Much of the difficulty lies in the details: who verifies the commitments, who pays for the monitoring, and what happens when a deadline is missed.',
  (c) =>
    `For the smaller states, the stakes are higher still, since a failure on ${c.topic} would leave them exposed to decisions taken elsewhere.`,
  () =>
    'Observers note that the tone of the talks has changed, even if the substance has not, and that informal contacts continue behind closed doors.',
  () =>
    'The economic cost of a prolonged stalemate is already visible in higher prices, delayed investment and a growing sense of uncertainty among businesses.',
  () =>
    'History suggests that such negotiations rarely end with a single breakthrough; they move forward through a series of modest and often fragile steps.',
  (c) =>
    `Public opinion remains divided, and the debate over ${c.topic} has become a test of how far governments are willing to compromise.`,
];

const HEADINGS = [
  'Talks stall over guarantees',
  'A fragile compromise',
  'What comes next',
  'Divisions among allies',
  'The view from the capitals',
];

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Options of a generated corpus; the defaults give the corpus of `npm run bench`. */
export interface CorpusOptions {
  /** Articles are dated over ten years from this one. */
  firstYear?: number;
}

/** One article of about `targetChars` characters; `n` makes it unique. */
export function generateArticle(n: number, targetChars = 8300, options: CorpusOptions = {}): string {
  const random = rng(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people = Array.from({ length: 4 }, () => {
    const last = pick(LAST);
    return { name: `${pick(FIRST)} ${last}`, last, role: pick(ROLES), country: pick(COUNTRIES) };
  });
  const cast: Cast = {
    people,
    city: pick(CITIES),
    topic: pick(TOPICS),
    org: pick(ORGS),
    year: (options.firstYear ?? 2015) + (n % 10),
    month: n % 12,
  };
  const author = `${pick(FIRST)} ${pick(LAST)}`;
  const lines = [
    `${cast.city} talks on ${cast.topic} end without agreement (${n})`,
    '',
    `By ${author}`,
    '',
    `${MONTHS[cast.month]} ${1 + (n % 28)}, ${cast.year}`,
    '',
  ];
  let length = lines.join('\n').length;
  let paragraph = 0;
  while (length < targetChars) {
    if (paragraph > 0 && paragraph % 6 === 0) {
      lines.push(pick(HEADINGS), '');
    }
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
      capitalise(pick(random() < 0.55 ? PROSE : TEMPLATES)(cast, pick)),
    );
    const text = sentences.join(' ');
    lines.push(text, '');
    length += text.length + 2;
    paragraph++;
  }
  lines.push(`© ${cast.year} ${pick(OUTLETS)}. All rights reserved.`, '');
  return lines.join('\n');
}

/** Writes `count` articles as JSON Lines ({"id", "text"}); returns the number of characters of text. */
export async function writeCorpus(path: string, count: number, first = 0, options: CorpusOptions = {}): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chars = 0;
  for (let i = first; i < first + count; i++) {
    const text = generateArticle(i, undefined, options);
    chars += text.length;
    if (!out.write(JSON.stringify({ id: `bench-${i}`, text }) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return chars;
}
