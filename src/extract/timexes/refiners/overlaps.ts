import type { Candidate } from '../candidate.js';

/**
 * Keeps one candidate where several overlap: the longest, then the higher priority, then the first found.
 * Candidates are tried best first; the kept ones stay sorted by start, so each overlap test is a binary
 * search and its two neighbours.
 */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || (b.c.priority ?? 0) - (a.c.priority ?? 0) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
