import type { EventRow, PositionRow, Reported, StatusRow } from '../store/queries/positions.js';
import { dateConflicts, statusConflicts } from './conflicts.js';
import { groupMeetings } from './meetings.js';
import type { Period } from './periods.js';
import { summarizeSources, type SourceSummary } from './sources.js';

/** One claim across articles (a position, a status, an event) and who reports it. */
export interface Claim {
  kind: 'position' | 'status' | 'event';
  key: string;
  text: string;
  sources: SourceSummary;
  /** Disagreements between reports of this claim: other statuses in the same period, other dates. */
  conflicts: string[];
}

function group<R>(rows: readonly R[], keyOf: (r: R) => string): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) out.set(keyOf(r), [...(out.get(keyOf(r)) ?? []), r]);
  return out;
}

/** Positions as claims: one per side, issue and stance. */
export function positionClaims(rows: readonly PositionRow[]): Claim[] {
  return [...group(rows, (r) => `${r.side} ${r.issue} ${r.stance}`)].map(([key, rs]) => ({
    kind: 'position',
    key,
    text: `${rs[0]!.side} ${rs[0]!.stance}s on ${rs[0]!.issue}`,
    sources: summarizeSources(rs),
    conflicts: [],
  }));
}

/** Statuses as claims, one per issue and status; a period in which the issue also got another status is a conflict. */
export function statusClaims(rows: readonly StatusRow[], by: Period): Claim[] {
  const conflicts = statusConflicts(rows, by);
  return [...group(rows, (r) => `${r.issue} ${r.status}`)].map(([key, rs]) => ({
    kind: 'status',
    key,
    text: `${rs[0]!.issue} is ${rs[0]!.status}`,
    sources: summarizeSources(rs),
    conflicts: conflicts
      .filter((c) => c.issue === rs[0]!.issue && c.claims.some((x) => x.value === rs[0]!.status))
      .map((c) => `${c.period}: ${c.claims.map((x) => `${x.value} (${x.claimedBy.join(', ')}; ${x.outlets.join(', ')})`).join(' vs ')}`),
  }));
}

/** Meetings, calls and visits as claims (grouped as one event each); other events by type and day. */
export function eventClaims(rows: readonly EventRow[]): Claim[] {
  const meetings = groupMeetings(rows).map((m): Claim => {
    const conflicts = dateConflicts(m.reports, () => 'one').flatMap((c) => c.claims.map((x) => `${x.value} (${x.outlets.join(', ')})`));
    return {
      kind: 'event',
      key: `${m.type} ${m.date ?? '?'} ${m.participants.join(', ')}`,
      text: `${m.type}${m.place ? ` in ${m.place}` : ''}${m.participants.length ? ` with ${m.participants.join(', ')}` : ''} (${m.status})`,
      sources: m.sources,
      conflicts: conflicts.length ? [`dates given: ${conflicts.join(' vs ')}`] : [],
    };
  });
  const others = [...group(rows.filter((r) => !['meeting', 'call', 'visit'].includes(r.type)), (r) => `${r.type} ${r.eventDate ?? '?'}`)].map(
    ([key, rs]): Claim => ({ kind: 'event', key, text: `${rs[0]!.type} on ${rs[0]!.eventDate ?? 'an unknown day'}`, sources: summarizeSources(rs as Reported[]), conflicts: [] }),
  );
  return [...meetings, ...others];
}
