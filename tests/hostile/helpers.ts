import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder of this test, removed after it. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-hostile-'));
  made.push(dir);
  return dir;
}

/** Every file under a folder whose name is a newskg temp file. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp$/.test(name));
}

/** Articles written for these tests (no corpus text): short news paragraphs naming people, places and dates. */
export function article(i: number): string {
  const cities = ['Paris', 'Rome', 'Berlin', 'Madrid', 'Vienna', 'Prague', 'Warsaw', 'Lisbon'];
  const city = cities[i % cities.length]!;
  return `Talks in ${city} resume\n\nThe minister Anna Berg said on Monday that talks with Germany would resume in ${city} next week. Officials in Russia warned that the deal was at risk, the envoy added.\n`;
}
