/**
 * Clock times and the days they fall on: "3 p.m. Wednesday", "noon on July 4" and "2/26/2015
 * 7:11 AM" become one TIME; a clock time left alone takes the day its sentence names.
 */

import type { Candidate } from './rule.js';

/** A day, anchored or partial: 2011-07-04, XXXX-04-12, XXXX-WXX-3, XXXX-XX-XX. */
const DAY_VALUE = /^(?:\d{4}-\d{2}-\d{2}|XXXX-(?:\d{2}-\d{2}|XX-XX|WXX-[1-7]))$/;

function isDay(c: Candidate): boolean {
  return c.resolution.type === 'DATE' && c.resolution.value !== undefined && DAY_VALUE.test(c.resolution.value);
}

/**
 * "3 p.m. Wednesday", "noon on July 4", "2/26/2015 7:11 AM": a clock time next to a day becomes
 * one TIME on that day. A clock time left alone takes the day named nearest it in its sentence
 * ("between 8 a.m. and 9 p.m. Wednesday").
 */
export function joinClockToDate(text: string, chosen: Candidate[], locate: (pos: number) => number): Candidate[] {
  const joined = joinAdjacent(text, chosen);
  return joined.map((c, i) => {
    if (!c.resolution.clock || c.day) return c;
    const day = nearestDayInSentence(joined, i, locate);
    return day ? onDay(c, day, c.start, c.end) : c;
  });
}

/** How far from a lone clock time its day may be named; it keeps the search linear in the text. */
const DAY_REACH = 200;

/** The day named nearest the clock time at `index`, in its sentence and within reach. */
function nearestDayInSentence(chosen: readonly Candidate[], index: number, locate: (pos: number) => number): Candidate | undefined {
  const clock = chosen[index]!;
  const sentence = locate(clock.start);
  let best: Candidate | undefined;
  let bestDistance = Infinity;
  for (const step of [-1, 1]) {
    for (let j = index + step; j >= 0 && j < chosen.length; j += step) {
      const c = chosen[j]!;
      const distance = step > 0 ? c.start - clock.end : clock.start - c.end;
      if (distance > DAY_REACH || distance >= bestDistance || locate(c.start) !== sentence) break;
      const day = c.day ?? (isDay(c) ? c : undefined);
      if (day) {
        best = day;
        bestDistance = distance;
        break;
      }
    }
  }
  return best;
}

function joinAdjacent(text: string, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    const next = chosen[i + 1];
    const gap = next ? text.slice(c.end, next.start) : '';
    if (next && c.resolution.clock && isDay(next) && /^(?:,? |,? on )$/.test(gap)) {
      out.push(onDay(c, next, c.start, next.end));
      i++;
    } else if (next && next.resolution.clock && isDay(c) && /^(?:,? |,? at )$/.test(gap)) {
      out.push(onDay(next, c, c.start, next.end));
      i++;
    } else out.push(c);
  }
  return out;
}

/** The clock time of `clock` on the day of `day`, spanning [start, end). */
function onDay(clock: Candidate, day: Candidate, start: number, end: number): Candidate {
  const time = clock.resolution.clock!;
  const r = day.resolution;
  const anchored = /^\d/.test(r.value!);
  const joined: Candidate = {
    start,
    end,
    rule: clock.rule,
    priority: clock.priority,
    day,
    resolution: {
      type: 'TIME',
      value: `${r.value}${time}`,
      ...(anchored ? { begin: r.value!, end: r.value! } : {}),
      relative: r.relative,
      clock: time,
      ...(r.anchoring ? { anchoring: r.anchoring } : {}),
    },
  };
  if (day.tenseCue !== undefined) joined.tenseCue = day.tenseCue;
  return joined;
}
