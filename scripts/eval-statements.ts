/**
 * Measures statement extraction on the PolNeAR dev gold (evaluation only: nothing from the corpus is
 * kept in the project). Usage:
 *   npx tsx scripts/eval-statements.ts [--gold ../shared/corpus/polnear_dev.jsonl] [--pred /tmp/pred.jsonl]
 * --standin uses capitalised sequences and pronouns as mentions instead of src/extract/actors.
 * Prints content, contentAndSpeaker and contentAndCue P/R/F1 (from the reference scorer), the throughput of
 * sentence splitting + statement extraction, and that of the whole extraction (extractArticle).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { ActorRecord, Mention, Sentence, SourceDocument, Span } from '../src/core/types.js';
import { splitSentences } from '../src/extract/text/sentences.js';
import { tokenize } from '../src/extract/text/tokens.js';
import { contentFragments, extractStatements } from '../src/extract/statements/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const goldPath = resolve(root, opt('--gold', '../shared/corpus/polnear_dev.jsonl'));
const predPath = resolve(opt('--pred', '/tmp/newskg-statements-pred.jsonl'));
const scorer = resolve(root, '../shared/eval/score.mjs');

interface GoldRecord {
  id: string;
  text: string;
  title?: string;
  author?: string;
}

type ActorsFn = (doc: SourceDocument, sentences: Sentence[]) => { actors: ActorRecord[]; mentions: Mention[] };

async function loadActors(): Promise<ActorsFn | undefined> {
  const path = resolve(root, 'src/extract/actors/index.ts');
  if (!existsSync(path)) return undefined;
  try {
    const mod = (await import(pathToFileURL(path).href)) as { extractActors?: ActorsFn };
    return mod.extractActors;
  } catch (error) {
    console.error(`actor extraction not usable yet (${String(error)}); using the stand-in`);
    return undefined;
  }
}

/** Paragraphs: lines of the text (blank lines and single newlines both separate). */
function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const STOP = new Set(
  'the a an but and or in on at of for to by with from as if when while after before during this that these those he she it they we i you his her its their our my there here what who why how however also yet so then'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** A crude stand-in for actor extraction: capitalised sequences as names, pronouns to the last name. */
function standInMentions(text: string, sentences: Sentence[]): { actors: ActorRecord[]; mentions: Mention[] } {
  const mentions: Mention[] = [];
  const actors = new Map<string, ActorRecord>();
  let lastPerson: string | undefined;
  sentences.forEach((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (PRONOUNS.has(t.lower)) {
        if (lastPerson)
          mentions.push({ span: { start: t.start, end: t.end, text: t.text }, actor: lastPerson, kind: 'pronoun', sentence: index });
        continue;
      }
      if (!/^\p{Lu}/u.test(t.text) || STOP.has(t.lower)) continue;
      let j = i;
      while (j + 1 < tokens.length && /^\p{Lu}/u.test(tokens[j + 1]!.text) && !STOP.has(tokens[j + 1]!.lower)) j++;
      const start = t.start;
      const end = tokens[j]!.end;
      const name = text.slice(start, end).replace(/['’]s$/, '');
      const type = j > i ? 'Person' : 'Organization';
      const key = `${type}:${name}`;
      if (!actors.has(key)) actors.set(key, { key, type, name, aliases: [], roles: [], confidence: 0.3 });
      mentions.push({ span: { start, end: start + name.length, text: name }, actor: key, kind: 'name', sentence: index });
      if (type === 'Person') lastPerson = key;
      i = j;
    }
  });
  return { actors: [...actors.values()], mentions };
}

function sourceDocument(record: GoldRecord, paragraphs: Span[]): SourceDocument {
  return {
    source: { name: record.id, format: 'jsonl' },
    text: record.text,
    contentHash: createHash('sha256').update(record.text).digest('hex'),
    metadata: { authors: [], language: 'en' },
    paragraphs,
    sections: [],
    boilerplate: [],
  };
}

type ExtractFn = (doc: SourceDocument) => unknown;

/** Throughput of the whole extraction (sentences, actors, time, statements, events) over the corpus, after one warm-up pass. */
async function timeWholeExtraction(docs: SourceDocument[], bytes: number): Promise<void> {
  const path = resolve(root, 'src/extract/index.ts');
  let extract: ExtractFn | undefined;
  try {
    extract = ((await import(pathToFileURL(path).href)) as { extractArticle?: ExtractFn }).extractArticle;
  } catch (error) {
    console.error(`extractArticle not usable (${String(error)})`);
  }
  if (!extract) return;
  for (const doc of docs) extract(doc);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const doc of docs) extract(doc);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = (process.cpuUsage().user - cpu0.user) / 1e6;
  const kb = bytes / 1024;
  console.log(
    `whole extraction (extractArticle): ${(wall * 1000).toFixed(0)} ms wall, ${(kb / wall).toFixed(0)} KB/s wall, ${(kb / cpu).toFixed(0)} KB/s by CPU time`,
  );
}

async function main(): Promise<void> {
  const gold = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
  let actorsFn = args.includes('--standin') ? undefined : await loadActors();
  const mentionsFor = (g: GoldRecord, paragraphs: Span[], sentences: Sentence[]): { actors: ActorRecord[]; mentions: Mention[] } => {
    if (actorsFn) {
      try {
        return actorsFn(sourceDocument(g, paragraphs), sentences);
      } catch (error) {
        console.error(`extractActors failed on ${g.id} (${String(error)}); using the stand-in from here on`);
        actorsFn = undefined;
      }
    }
    return standInMentions(g.text, sentences);
  };
  const inputs = gold.map((g) => {
    const paragraphs = paragraphsOf(g.text);
    const sentences = splitSentences(g.text, paragraphs);
    return { g, paragraphs, sentences, ...mentionsFor(g, paragraphs, sentences) };
  });
  console.log(`mentions from: ${actorsFn ? 'src/extract/actors (extractActors)' : 'stand-in (capitalised sequences + pronouns)'}`);
  const bytes = gold.reduce((n, g) => n + Buffer.byteLength(g.text), 0);
  const lines: string[] = [];
  // Warm up once, then time splitting + statement extraction over the whole corpus.
  for (const x of inputs)
    extractStatements({ text: x.g.text, sentences: x.sentences, mentions: x.mentions, actors: x.actors, opinion: false });
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let count = 0;
  for (const x of inputs) {
    const sentences = splitSentences(x.g.text, x.paragraphs);
    const statements = extractStatements({ text: x.g.text, sentences, mentions: x.mentions, actors: x.actors, opinion: false });
    count += statements.length;
    lines.push(
      JSON.stringify({
        id: x.g.id,
        statements: statements.map((s) => ({
          speaker: s.speakerMention ? { start: s.speakerMention.start, end: s.speakerMention.end } : null,
          cue: s.cue ? { start: s.cue.start, end: s.cue.end } : null,
          content: {
            start: s.content.start,
            end: s.content.end,
            fragments: contentFragments(x.g.text, s).map((f) => ({ start: f.start, end: f.end })),
          },
        })),
      }),
    );
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpuSeconds = (process.cpuUsage().user - cpu0.user) / 1e6;
  writeFileSync(predPath, lines.join('\n') + '\n');
  const kb = bytes / 1024;
  console.log(
    `${gold.length} documents, ${kb.toFixed(0)} KB, ${count} statements in ${(seconds * 1000).toFixed(0)} ms: ${(kb / seconds).toFixed(0)} KB/s wall, ${(kb / cpuSeconds).toFixed(0)} KB/s by CPU time (sentences + statements)`,
  );
  await timeWholeExtraction(
    inputs.map((x) => sourceDocument(x.g, x.paragraphs)),
    bytes,
  );
  const out = execFileSync('node', [scorer, '--gold', goldPath, '--pred', predPath, '--json'], { encoding: 'utf8' });
  const r = JSON.parse(out) as Record<string, { precision: number; recall: number; f1: number }>;
  for (const k of ['content', 'contentAndSpeaker', 'contentAndCue']) {
    const v = r[k]!;
    console.log(`${k.padEnd(18)} P=${v.precision.toFixed(3)} R=${v.recall.toFixed(3)} F1=${v.f1.toFixed(3)}`);
  }
}

await main();
