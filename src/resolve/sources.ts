import type { Reported } from '../store/queries/positions.js';

/** Who reports a claim: outlets, documents, the first report, and how many independent stories. */
export interface SourceSummary {
  outlets: string[];
  documents: string[];
  first: { date: string; documentId: string; outlet: string | null };
  last: string;
  reports: number;
  /** Independent reports: syndicated copies and rewrites of one story (same story id) count once. */
  corroboration: number;
}

/** An outlet name for display; documents without one stand for themselves. */
export const outletOf = (r: Pick<Reported, 'outlet' | 'documentId'>): string => r.outlet ?? `(${r.documentId})`;

/**
 * Summarises the reports of one claim. Reports must be non-empty.
 * @example summarizeSources([{ documentId: 'a', storyId: 's', outlet: 'X', date: '2025-12-01', ... }]).corroboration // 1
 */
export function summarizeSources(records: readonly Reported[]): SourceSummary {
  if (!records.length) throw new Error('Cannot summarise the sources of a claim with no reports');
  const sorted = [...records].sort((a, b) => a.date.localeCompare(b.date) || a.documentId.localeCompare(b.documentId));
  const first = sorted[0]!;
  return {
    outlets: [...new Set(sorted.map(outletOf))],
    documents: [...new Set(sorted.map((r) => r.documentId))],
    first: { date: first.date, documentId: first.documentId, outlet: first.outlet },
    last: sorted.at(-1)!.date,
    reports: new Set(sorted.map((r) => r.documentId)).size,
    corroboration: new Set(sorted.map((r) => r.storyId)).size,
  };
}

/** "Meridian Wire, Kyiv Ledger; first 2025-12-12 (e13); 2 independent reports". */
export function describeSources(s: SourceSummary): string {
  const outlets = s.outlets.length > 3 ? `${s.outlets.slice(0, 3).join(', ')} and ${s.outlets.length - 3} more` : s.outlets.join(', ');
  const independent = `${s.corroboration} independent report${s.corroboration === 1 ? '' : 's'}`;
  const copies = s.reports > s.corroboration ? ` (${s.reports} articles)` : '';
  return `${outlets}; first ${s.first.date} (${s.first.documentId}); ${independent}${copies}`;
}
