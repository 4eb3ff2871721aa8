import { NewskgError } from '../../src/core/errors.js';
import type { SourceItem } from '../../src/sources/types.js';
import type { JobSettings } from '../../src/batch/index.js';

/** The compiled worker entry (tests/global-setup.ts builds dist/ before any test). */
export { WORKER_URL } from '../helpers/cli.js';

export const SETTINGS: JobSettings = {
  base: 'https://example.org/news/',
  formats: [],
  report: false,
  keepInvalid: false,
  serialize: ['nquads'],
  files: false,
};

const PEOPLE = ['Maria Lindqvist', 'Tomas Berger', 'Anika Osei', 'Pavel Novak'];
const CITIES = ['Brussels', 'Oslo', 'Lisbon', 'Warsaw'];

/**
 * Short articles written for these tests: a headline, a byline and a reported statement each.
 * Articles n and n + variety quote the same minister in the same city.
 */
export function article(n: number, variety = PEOPLE.length): string {
  const person = PEOPLE[n % variety]!;
  const city = CITIES[n % variety]!;
  return [
    `Fishing quota talks resume in ${city} (${n})`,
    '',
    'By Jane Doe',
    '',
    `${city} hosted a new round of talks on fishing quotas on Monday, ${n + 1} March 2021.`,
    '',
    `"We will not accept a deal that empties our harbours," ${person}, the fisheries minister, said after the meeting.`,
    '',
    `${person} warned that the talks could collapse within a week if no compromise was found.`,
    '',
  ].join('\n');
}

export function articleItem(id: string, raw: string, line?: number): SourceItem {
  return {
    ok: true,
    id,
    file: line === undefined ? id : 'corpus.jsonl',
    ...(line === undefined ? {} : { line }),
    input: { raw, source: { name: id, format: line === undefined ? 'text' : 'jsonl' } },
  };
}

export function failureItem(id: string, line?: number): SourceItem {
  const error = new NewskgError('INPUT_ENCODING', `${id} is not valid UTF-8`, { source: id });
  return { ok: false, id, file: line === undefined ? id : 'corpus.jsonl', ...(line === undefined ? {} : { line }), error };
}

/** A stand-in for readSources: yields the items one by one, counting how many were pulled. */
export function sourceOf(items: readonly SourceItem[]): AsyncIterable<SourceItem> & { pulled: number } {
  const source = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const item of items) {
        source.pulled++;
        yield item;
      }
    },
  };
  return source;
}
