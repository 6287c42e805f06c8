import type { StatusRecord } from '../../core/records.js';

/**
 * One status per (issue, status, claimer) and document. Two sides claiming different statuses for the same
 * issue are both kept: that is a conflict to show, not to resolve.
 */
export function mergeStatuses(statuses: readonly StatusRecord[]): StatusRecord[] {
  const kept = new Map<string, StatusRecord>();
  for (const s of statuses) {
    const k = `${s.issue}\u0000${s.status}`;
    const prev = kept.get(k);
    // A claim with a named claimer is more useful than the narrator's.
    if (!prev || (prev.claimedBy === null && s.claimedBy !== null)) kept.set(k, s);
  }
  return [...kept.values()].sort((a, b) => a.span.start - b.span.start);
}
