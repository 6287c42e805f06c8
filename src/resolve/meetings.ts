import type { EventRow } from '../store/queries/positions.js';
import { summarizeSources, type SourceSummary } from './sources.js';

/** One meeting, call or visit as several reports describe it. */
export interface Meeting {
  type: string;
  date: string | null;
  place: string | null;
  status: 'held' | 'planned' | 'cancelled';
  participants: string[];
  reports: EventRow[];
  sources: SourceSummary;
}

export const MEETING_TYPES = new Set(['meeting', 'call', 'visit']);

/**
 * Groups event reports into meetings: one timeline entry when the timeline has merged them, else reports of the
 * same type and day that share a participant (or name none). A meeting is held when any report says so.
 */
export function groupMeetings(rows: readonly EventRow[]): Meeting[] {
  const groups: EventRow[][] = [];
  const byTimeline = new Map<string, EventRow[]>();
  for (const r of rows) {
    if (!MEETING_TYPES.has(r.type)) continue;
    if (r.timelineId) {
      const g = byTimeline.get(r.timelineId);
      if (g) g.push(r);
      else {
        const fresh = [r];
        byTimeline.set(r.timelineId, fresh);
        groups.push(fresh);
      }
      continue;
    }
    const same = groups.find(
      (g) =>
        !g[0]!.timelineId &&
        g[0]!.type === r.type &&
        g[0]!.eventDate === r.eventDate &&
        (!r.participants.length || g.some((o) => !o.participants.length || o.participants.some((p) => r.participants.includes(p)))),
    );
    if (same) same.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    const statuses = new Set(g.map((r) => r.status));
    return {
      type: g[0]!.type,
      date: g.map((r) => r.eventDate).find((d) => d) ?? null,
      place: g.map((r) => r.place).find((p) => p) ?? null,
      status: statuses.has('held') ? 'held' : statuses.has('planned') ? 'planned' : 'cancelled',
      participants: [...new Set(g.flatMap((r) => r.participants))],
      reports: g,
      sources: summarizeSources(g),
    };
  });
}
