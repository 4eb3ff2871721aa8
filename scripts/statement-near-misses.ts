/**
 * Statement near misses on a dev corpus (evaluation only: nothing from the corpus is kept in the
 * project): predictions that overlap a gold attribution but fail the scorer's half-overlap test, and
 * matched statements whose speaker is wrong, grouped into error classes with counts.
 *
 *   npm run build && npx tsx scripts/statement-near-misses.ts [--corpus polnear|realnews] [--pred P.jsonl]
 *     [--all] [--show CLASS] [--limit N]
 *
 * Without --pred it annotates the corpus with the built CLI (--all: at --min-confidence 0).
 * --show CLASS prints the examples of the classes whose name contains CLASS.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_CORPORA, annotate, readGold, readPredictions, requireShared } from './lib/corpora.js';
import { length, match, overlap, type Spanish } from './lib/gold-match.js';

type Piece = Spanish;
interface Stmt {
  speaker?: Piece | null;
  cue?: Piece | null;
  content: Piece;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const pieces = (s: Piece | null | undefined): Piece[] => (s?.fragments?.length ? s.fragments : s ? [s] : []);
const len = length;
/** The scorer's test: the contents overlap by at least half of each. */
const passes = (g: Stmt, p: Stmt): number => {
  const o = overlap(g.content, p.content);
  return o >= 0.5 * len(g.content) && o >= 0.5 * len(p.content) ? o : 0;
};

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|us|me|who|which)$/i;

function sentenceBreaks(text: string, from: number, to: number): number {
  const s = text.slice(from, to);
  return (s.match(/[.!?]["”’']?\s+(?=["“‘']?\p{Lu})/gu) ?? []).length + (s.match(/\n/g) ?? []).length;
}

/** Why an overlapping prediction fails the half-overlap test against the gold it overlaps most. */
function contentClass(text: string, g: Stmt, p: Stmt, gMatched: boolean, otherGolds: number): string {
  const o = overlap(g.content, p.content);
  const gl = len(g.content);
  const pl = len(p.content);
  const gs = g.content.start;
  const ge = g.content.end;
  const ps = p.content.start;
  const pe = p.content.end;
  const prefix = gMatched ? 'dup:' : '';
  if (otherGolds > 0 && o < 0.5 * pl) return `${prefix}merge (pred spans ${otherGolds + 1} golds)`;
  const cueIn = g.cue && overlap(g.cue, p.content) > 0;
  const speakerIn = g.speaker && overlap(g.speaker, p.content) > 0;
  if (o >= 0.5 * gl) {
    // too long
    const extra: string[] = [];
    if (ps < gs) extra.push(sentenceBreaks(text, ps, gs) > 0 ? 'earlier-sentence' : 'starts-early');
    if (pe > ge) extra.push(sentenceBreaks(text, ge, pe) > 0 ? 'next-sentence' : 'runs-on');
    if (cueIn || speakerIn) extra.push('has-cue/speaker');
    return `${prefix}too-long ${extra.join('+')}`;
  }
  if (o >= 0.5 * pl) {
    const miss: string[] = [];
    if (gs < ps) miss.push(sentenceBreaks(text, gs, ps) > 0 ? 'gold-earlier-sentence' : 'starts-late');
    if (ge > pe) miss.push(sentenceBreaks(text, pe, ge) > 0 ? 'gold-next-sentence' : 'stops-early');
    if (pieces(g.content).length > 1) miss.push('gold-fragmented');
    return `${prefix}too-short ${miss.join('+')}`;
  }
  return `${prefix}shifted${ps < gs ? ' starts-early' : ' starts-late'}${pe > ge ? ' ends-late' : ' ends-early'}`;
}

function speakerClass(text: string, g: Stmt, p: Stmt): string {
  if (!g.speaker) return 'pred-speaker gold-none';
  if (!p.speaker) return 'pred-none gold-speaker';
  const gt = text.slice(g.speaker.start, g.speaker.end);
  const pt = text.slice(p.speaker.start, p.speaker.end);
  const gp = PRONOUN.test(gt);
  const pp = PRONOUN.test(pt);
  const inContent = overlap(p.speaker, g.content) > 0 ? ' pred-in-content' : '';
  const same = gt.toLowerCase() === pt.toLowerCase() ? ' same-text' : '';
  const gEnd = Math.max(g.content.end, g.cue?.end ?? 0);
  const gStart = Math.min(g.content.start, g.cue?.start ?? Infinity);
  const far =
    g.speaker.start > gEnd || g.speaker.end < gStart
      ? sentenceBreaks(text, Math.min(g.speaker.end, p.speaker.end), Math.max(g.speaker.start, p.speaker.start))
      : 0;
  const dist = far > 0 ? ' other-sentence' : ' same-sentence';
  return `${pp ? 'pron' : 'name'}->${gp ? 'pron' : 'name'}${same}${inContent}${dist}`;
}

interface Example {
  id: string;
  line: string;
}

async function main(): Promise<void> {
  if (!requireShared()) return;
  const which = opt('--corpus') ?? 'polnear';
  const corpus = DEV_CORPORA.find((c) => c.name.toLowerCase().startsWith(which.toLowerCase()));
  if (!corpus) throw new Error(`no corpus ${which}`);
  let pred = opt('--pred');
  if (!pred) {
    pred = join(mkdtempSync(join(tmpdir(), 'newskg-near-')), 'pred.jsonl');
    annotate(corpus, pred, args.includes('--all') ? ['--min-confidence', '0', '--quiet'] : ['--quiet']);
  }
  const predictions = readPredictions(pred);
  const classes = new Map<string, Example[]>();
  const add = (cls: string, ex: Example): void => {
    const list = classes.get(cls) ?? [];
    list.push(ex);
    classes.set(cls, list);
  };
  let nGold = 0;
  let nPred = 0;
  let tp = 0;
  let tpSpeaker = 0;
  for (const gold of readGold(corpus)) {
    const text = gold.text;
    const golds = (gold.statements ?? []).filter((s) => s.content) as Stmt[];
    const preds = ((predictions.get(gold.id)?.statements ?? []) as Stmt[]).filter((s) => s.content);
    nGold += golds.length;
    nPred += preds.length;
    const matched = match(golds, preds, passes);
    const matchedGold = new Set(matched.values());
    const show = (s: Piece | null | undefined): string =>
      s ? JSON.stringify(text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 200)) : 'null';
    const showContent = (s: Piece): string =>
      pieces(s)
        .map((f) => show(f))
        .join(' + ');
    preds.forEach((p, pi) => {
      const gi = matched.get(pi);
      if (gi !== undefined) {
        tp++;
        const g = golds[gi]!;
        const ok = (!g.speaker && !p.speaker) || (!!g.speaker && !!p.speaker && overlap(g.speaker, p.speaker) > 0);
        if (ok) tpSpeaker++;
        else
          add(`speaker: ${speakerClass(text, g, p)}`, {
            id: gold.id,
            line: `  gold ${show(g.speaker)}  pred ${show(p.speaker)}  | ${showContent(p.content)}`,
          });
        return;
      }
      const touching = golds.map((g, k) => ({ g, k, o: overlap(g.content, p.content) })).filter((x) => x.o > 0);
      if (touching.length === 0) {
        add('false positive (no overlap)', { id: gold.id, line: `  pred ${show(p.speaker)} ${show(p.cue)} | ${showContent(p.content)}` });
        return;
      }
      touching.sort((a, b) => b.o - a.o);
      const best = touching[0]!;
      const cls = contentClass(text, best.g, p, matchedGold.has(best.k), touching.length - 1);
      add(`content: ${cls}`, {
        id: gold.id,
        line: `  GOLD ${show(best.g.speaker)} ${show(best.g.cue)} | ${showContent(best.g.content)}\n  PRED ${show(p.speaker)} ${show(p.cue)} | ${showContent(p.content)}`,
      });
    });
    golds.forEach((g, gi) => {
      if (matchedGold.has(gi)) return;
      if (preds.some((p) => overlap(g.content, p.content) > 0)) return;
      add('missed (no overlapping prediction)', {
        id: gold.id,
        line: `  GOLD ${show(g.speaker)} ${show(g.cue)} | ${showContent(g.content)}`,
      });
    });
  }
  const f = (tpN: number): string => {
    const p = tpN / nPred;
    const r = tpN / nGold;
    return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)}`;
  };
  console.log(`${corpus.name}: ${nGold} gold, ${nPred} predicted; content ${f(tp)}; contentAndSpeaker ${f(tpSpeaker)}\n`);
  const sorted = [...classes.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [cls, list] of sorted) console.log(`${String(list.length).padStart(5)}  ${cls}`);
  const wanted = opt('--show');
  if (!wanted) return;
  const limit = Number(opt('--limit') ?? 40);
  for (const [cls, list] of sorted) {
    if (!cls.includes(wanted)) continue;
    console.log(`\n== ${cls} (${list.length})`);
    for (const ex of list.slice(0, limit)) console.log(`${ex.id}\n${ex.line}`);
  }
}

await main();
