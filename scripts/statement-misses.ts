/**
 * Gold attributions the extractor misses entirely (no predicted statement overlaps their content at
 * all), grouped by construction, so the largest classes can be given general rules. Evaluation only:
 * prints counts and short contexts to the terminal, keeps nothing from the corpus. Needs `npm run build`.
 *   npx tsx scripts/statement-misses.ts [--corpus polnear|realnews] [--pred file.jsonl] [--examples N] [--class NAME]
 * --pred reuses an `annotate --min-confidence 0` output instead of annotating again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../src/extract/confidence/calibration-map.js';
import { adjectiveCue, cueForms } from '../src/extract/statements/lexicon.js';
import { DEV_CORPORA, annotate, readGold, readPredictions, requireShared } from './lib/corpora.js';
import type { GoldRecord, PredictionRecord } from './lib/gold-match.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

interface Piece {
  start: number;
  end: number;
  fragments?: { start: number; end: number }[];
}

const pieces = (s: Piece): Piece[] => (s.fragments?.length ? s.fragments : [s]);
function overlap(a: Piece, b: Piece): number {
  let n = 0;
  for (const x of pieces(a)) for (const y of pieces(b)) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

interface Miss {
  id: string;
  text: string;
  speaker?: Piece | null;
  cue?: Piece | null;
  content: Piece;
}

const THOUGHT =
  /\b(believ|think|thought|feel|felt|fear|hope|worr|know|knew|expect|suspect|doubt|assum|consider|convinc|concern|sure|confident|want|wish)/i;
const NOUNISH = /(ment|tion|sion|ance|ence|ure|port|cast|view|ing|ings|ness|ity|ies|ism)s?$/i;

/** What the attributed material looks like: a that-clause, a quotation, a wh-clause, an infinitive, a clause or a noun phrase. */
function contentKind(inner: string): string {
  const t = inner.trim();
  if (/^that\b/i.test(t)) return 'that';
  if (/^["“‘'’”]/.test(t) || (/["”]\W*$/.test(t) && /["“]/.test(t.slice(0, 3)))) return 'quote';
  if (/^(whether|if|why|how|what|when|where|who|which)\b/i.test(t)) return 'wh';
  if (/^to\s/i.test(t)) return 'to-inf';
  if (/\b(is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do)\b/i.test(t) || /\b\p{Ll}+ed\b/u.test(t))
    return 'clause';
  return 'np';
}

/** The construction class of a missed attribution: the first rule that fits. */
function classify(m: Miss): string {
  const { text, content } = m;
  const cueText = m.cue ? text.slice(m.cue.start, m.cue.end) : '';
  const cueLower = cueText.toLowerCase();
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd > 0 && content.start < firstLineEnd) return 'headline';
  const inner = text.slice(content.start, content.end);
  if (!m.cue) return m.speaker ? 'no cue, with source' : 'no cue, no source';
  if (/\baccording\b/.test(cueLower)) return 'according to';
  const cueWords = cueLower.split(/[^\p{L}'’]+/u).filter(Boolean);
  const known = cueWords.some((w) => cueForms(w).length > 0 || adjectiveCue(w));
  const cueAfter = m.cue.start >= content.end;
  const between = cueAfter ? text.slice(content.end, m.cue.start) : text.slice(m.cue.end, content.start);
  const speakerStart = m.speaker?.start ?? -1;
  const before = text.slice(
    Math.max(0, Math.min(m.cue.start, speakerStart >= 0 ? speakerStart : m.cue.start) - 40),
    Math.min(m.cue.start, speakerStart >= 0 ? speakerStart : m.cue.start),
  );
  if (/\b(is|are|was|were|been|be|being)\s+(\w+\s+)?\w+(ed|en|wn)\b/.test(cueLower) && !m.speaker) return 'passive, no agent';
  if (/\bwho\s*$/i.test(text.slice(Math.max(0, m.cue.start - 30), m.cue.start).replace(/\s+(also|has|had|have|had\s+\w+)\s*$/, ' ')))
    return 'X, who <cue>';
  if (/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(inner) && inner.length > 200) return 'multi-sentence content';
  if (!known) {
    if (
      cueWords.length === 1 &&
      NOUNISH.test(cueLower) &&
      /\b(a|an|the|his|her|their|its|our|my|this|that)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, m.cue.start - 30), m.cue.start))
    )
      return `noun cue (${cueLower})`;
    return `cue not in lexicon (${cueLower})`;
  }
  if (THOUGHT.test(cueLower)) return `thought (${cueLower})`;
  if (/^\s*[,;]?\s*$/.test(between) === false && cueAfter && between.length > 60) return 'cue far after content';
  if (cueAfter) return `content-first (${cueLower})`;
  if (/\b(if|when|because|as|while|after|before|since|although|though|unless)\s/i.test(before)) return `subordinate clause (${cueLower})`;
  if (/^\s*[:,]?\s*["“]/.test(between) || /^["“]/.test(inner)) return `forward, quote (${cueLower})`;
  return `forward (${cueLower})`;
}

function main(): number {
  if (!requireShared()) return 2;
  const corpusName = (opt('--corpus') ?? 'polnear').toLowerCase();
  const corpus = DEV_CORPORA.find((c) => c.name.toLowerCase().startsWith(corpusName));
  if (!corpus) throw new Error(`no dev corpus ${corpusName}`);
  const examples = Number(opt('--examples') ?? 0);
  const only = opt('--class');
  let predPath = opt('--pred');
  const work = predPath ? undefined : mkdtempSync(join(tmpdir(), 'newskg-misses-'));
  try {
    if (!predPath) {
      predPath = join(work!, 'pred.jsonl');
      annotate(corpus, predPath, ['--min-confidence', '0', '--quiet']);
    }
    const predictions = readPredictions(predPath);
    const threshold = DEFAULT_THRESHOLDS.statement;
    let total = 0;
    let overlappedBelow = 0;
    const misses: Miss[] = [];
    for (const gold of readGold(corpus) as (GoldRecord & {
      statements?: { speaker?: Piece | null; cue?: Piece | null; content?: Piece | null }[];
    })[]) {
      const pred: PredictionRecord = predictions.get(gold.id) ?? { id: gold.id };
      const preds = (pred.statements ?? []).filter((s) => s.content);
      for (const g of gold.statements ?? []) {
        if (!g.content) continue;
        total++;
        const touching = preds.filter((p) => overlap(g.content!, p.content) > 0);
        if (touching.length === 0)
          misses.push({ id: gold.id, text: gold.text, speaker: g.speaker ?? null, cue: g.cue ?? null, content: g.content });
        else if (touching.every((p) => (p.confidence ?? 1) < threshold)) overlappedBelow++;
      }
    }
    const classes = new Map<string, Miss[]>();
    const family = (name: string) => name.replace(/ \(.*\)$/, '');
    const kinds = new Map<string, number>();
    for (const m of misses) {
      const c = classify(m);
      const kind = contentKind(m.text.slice(m.content.start, m.content.end));
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      for (const key of [`* ${family(c)}`, c, `# ${family(c)} / ${kind}`]) classes.set(key, [...(classes.get(key) ?? []), m]);
    }
    console.log(
      `${corpus.name}: ${total} gold attributions; ${misses.length} with no overlapping prediction at all; ${overlappedBelow} overlapped only below the default ${threshold}\n`,
    );
    const sorted = [...classes.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    console.log('families (first matching rule):');
    for (const [name, list] of sorted) if (name.startsWith('* ')) console.log(`${String(list.length).padStart(5)}  ${name.slice(2)}`);
    console.log(
      `\ncontent kinds: ${[...kinds.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    console.log('\nfamily / content kind, 3 or more:');
    for (const [name, list] of sorted)
      if (name.startsWith('# ') && list.length >= 3) console.log(`${String(list.length).padStart(5)}  ${name.slice(2)}`);
    console.log('\nby cue, 2 or more:');
    for (const [name, list] of sorted)
      if (!/^[*#] /.test(name) && name.includes('(') && list.length >= 2) console.log(`${String(list.length).padStart(5)}  ${name}`);
    if (examples > 0) {
      for (const [name, list] of sorted) {
        if (only ? !(name.startsWith('* ') && family(name.slice(2)) === only) && name.slice(2) !== only : !name.startsWith('* ')) continue;
        console.log(`\n== ${name.slice(2)} ==`);
        for (const m of list.slice(0, examples)) {
          const from = Math.max(0, Math.min(m.content.start, m.cue?.start ?? Infinity, m.speaker?.start ?? Infinity) - 30);
          const to = Math.min(m.text.length, Math.max(m.content.end, m.cue?.end ?? 0, m.speaker?.end ?? 0) + 30);
          const marks: [number, string][] = [
            [m.content.start, '[['],
            [m.content.end, ']]'],
          ];
          if (m.cue) marks.push([m.cue.start, '<'], [m.cue.end, '>']);
          if (m.speaker) marks.push([m.speaker.start, '{'], [m.speaker.end, '}']);
          marks.sort((a, b) => b[0] - a[0]);
          let s = m.text.slice(from, to);
          for (const [at, mark] of marks) s = s.slice(0, at - from) + mark + s.slice(at - from);
          console.log(`- ${s.replace(/\s+/g, ' ')}`);
        }
      }
    }
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = main();
