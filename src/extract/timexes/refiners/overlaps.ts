import type { Candidate } from '../candidate.js';

/**
 * Keeps one candidate where several overlap: the longest, then the higher priority, then the first found.
 * Sorting once and sweeping keeps it linear in the number of candidates after the sort.
 */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || (b.c.priority ?? 0) - (a.c.priority ?? 0) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
