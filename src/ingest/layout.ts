import type { BoilerplateEvidence, BoilerplateKind } from '../core/types.js';
import type { FoundBlurb } from './blurb.js';
import type { BoilerplateMatch } from './boilerplate.js';
import type { ParsedByline } from './byline.js';
import type { Line } from './lines.js';

/** What the classification passes know about the lines of one input (see classify.ts). */

export type LineRole = 'headline' | 'byline' | 'header' | 'heading' | 'body' | 'boilerplate';

export interface Layout {
  lines: readonly Line[];
  /** Role of each line, by Line.index. */
  roles: LineRole[];
  /** Boilerplate kind of each boilerplate line, by Line.index. */
  kinds: Array<BoilerplateKind | undefined>;
  /** How each boilerplate line was recognised, by Line.index. */
  evidence: Array<BoilerplateEvidence | undefined>;
  /** Line indices of the headline (a headline may wrap onto a second line). */
  headline?: { first: number; last: number };
  /** Parsed bylines by Line.index. */
  bylines: Map<number, ParsedByline>;
  /** Lines that are only a genre label ("Opinion", "ANALYSIS"). */
  genreLabels: number[];
  blurbs: FoundBlurb[];
}

export interface ClassifyOptions {
  /** Headline known to the caller: the line that equals it is the headline. */
  title?: string;
  /** Author names known to the caller: their bios at the end are boilerplate. */
  authors?: readonly string[];
  publisher?: string;
  /** Names the site goes by (publisher, the URL's host): cut off a headline line ("Talks fail | Site"). */
  siteNames?: readonly string[];
}

export function setRole(layout: Layout, index: number, role: Exclude<LineRole, 'boilerplate'>): void {
  layout.roles[index] = role;
  layout.kinds[index] = undefined;
  layout.evidence[index] = undefined;
}

export function setBoilerplate(layout: Layout, index: number, kind: BoilerplateKind, evidence: BoilerplateEvidence): void {
  layout.roles[index] = 'boilerplate';
  layout.kinds[index] = kind;
  layout.evidence[index] = evidence;
}

/** Boilerplate matches of each line, by Line.index (see boilerplate.ts). */
export type Marks = ReadonlyArray<BoilerplateMatch | undefined>;
