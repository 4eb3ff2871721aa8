/**
 * Glob patterns for arguments the shell did not expand ("corpus/**\/*.html" in quotes, or on
 * Windows): `*` and `?` within one path segment, `[abc]`/`[!a-z]` classes, `{a,b}`
 * alternatives and `**` for any number of folders. Node 20 has no fs.glob, and this much
 * needs no dependency: the pattern becomes a regular expression over relative paths, and
 * the folder walk (walk.ts) supplies the files in sorted order.
 */

const MAGIC = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return MAGIC.test(arg);
}

export interface GlobPlan {
  /** The folder to walk: the pattern's leading segments without magic ("." when none). */
  base: string;
  /** Matches a path relative to `base`, with "/" separators. */
  matcher: RegExp;
  /** Folder levels below `base` to walk; undefined with `**`. */
  maxDepth?: number;
}

export function planGlob(pattern: string): GlobPlan {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstMagic = segments.findIndex((s) => isGlob(s));
  const baseSegments = segments.slice(0, firstMagic);
  const rest = segments.slice(firstMagic);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  const plan: GlobPlan = { base, matcher: new RegExp(`^${rest.map(segmentSource).join('')}$`) };
  if (!rest.includes('**')) plan.maxDepth = rest.length - 1;
  return plan;
}

/** One segment as regex source, with the "/" that follows it (except after the last). */
function segmentSource(segment: string, index: number, all: readonly string[]): string {
  const last = index === all.length - 1;
  if (segment === '**') return last ? '.*' : '(?:[^/]+/)*';
  return segmentBody(segment) + (last ? '' : '/');
}

function segmentBody(segment: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}
