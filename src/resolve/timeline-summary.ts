import type { DatePrecision, EventStatus } from '../core/records.js';

/** One stored report of an event, as the timeline merges it. */
export interface TimelineReport {
  eventId: string;
  documentId: string;
  /** Syndicated copies share a story: they count as one source. */
  storyId: string;
  published: string;
  type: string;
  date: string | null;
  period: string | null;
  precision: string | null;
  place: string | null;
  status: string;
  participants: string[];
  participantKeys: string[];
  agentKey: string | null;
}

/** What a timeline event says, summed over its reports. */
export interface TimelineSummary {
  type: string;
  date: string | null;
  period: string | null;
  precision: DatePrecision | null;
  place: string | null;
  status: EventStatus;
  participants: string[];
  participantKeys: string[];
  agentKey: string | null;
  /** Every distinct day the sources gave, in order; more than one is a conflict, kept and flagged. */
  dates: string[];
  dateConflict: boolean;
  firstReported: string;
  lastReported: string;
  sourceCount: number;
}

const FINENESS: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };
const fineness = (r: TimelineReport): number => FINENESS[r.precision ?? 'year'] ?? 9;

/**
 * Sums the reports of one event. The date is the day the most sources (stories) give, then the one reported
 * first; the others stay in `dates` and raise `dateConflict`. The place is the most specific one (Kremlin over
 * Moscow); the status is held once any source reports it held, else the latest report's; participants are
 * ordered by how many reports name them.
 * @example summarize([report({ date: '2025-12-02' }), report({ date: '2025-12-03', storyId: 'b' })]).dateConflict === true
 */
export function summarize(reports: readonly TimelineReport[], within: (inner: string, outer: string) => boolean): TimelineSummary {
  if (!reports.length) throw new Error('Cannot summarize a timeline event without reports');
  // One pass over the reports for every tally: big events (an attack told by hundreds of outlets) are summed
  // again each time a report joins them.
  const byTime = [...reports].sort((a, b) => a.published.localeCompare(b.published) || a.eventId.localeCompare(b.eventId));
  const storiesOn = new Map<string, { stories: Set<string>; first: number }>();
  const placeCount = new Map<string, number>();
  const agentCount = new Map<string, number>();
  let coarse: TimelineReport | undefined;
  byTime.forEach((r, i) => {
    if (r.date) {
      const on = storiesOn.get(r.date) ?? storiesOn.set(r.date, { stories: new Set(), first: i }).get(r.date)!;
      on.stories.add(r.storyId);
    }
    if (r.period && (!coarse || fineness(r) < fineness(coarse))) coarse = r;
    if (r.place) placeCount.set(r.place, (placeCount.get(r.place) ?? 0) + 1);
    if (r.agentKey) agentCount.set(r.agentKey, (agentCount.get(r.agentKey) ?? 0) + 1);
  });

  const dates = [...storiesOn.keys()].sort();
  const told = (d: string) => storiesOn.get(d)!;
  const date = [...dates].sort((a, b) => told(b).stories.size - told(a).stories.size || told(a).first - told(b).first || a.localeCompare(b))[0] ?? null;

  // How many other mentions a place lies within: the most nested place is the most specific.
  const depth = new Map<string, number>();
  for (const p of placeCount.keys()) {
    let n = 0;
    for (const [q, count] of placeCount) if (q !== p && within(p, q)) n += count;
    depth.set(p, n);
  }
  const place = [...placeCount.keys()].sort((a, b) => depth.get(b)! - depth.get(a)! || placeCount.get(b)! - placeCount.get(a)!)[0] ?? null;

  const latest = byTime[byTime.length - 1]!;
  const status: EventStatus = byTime.some((r) => r.status === 'held') ? 'held' : (latest.status as EventStatus);

  const count = new Map<string, { name: string; n: number; first: number }>();
  byTime.forEach((r, i) =>
    r.participantKeys.forEach((k, j) => {
      const c = count.get(k) ?? { name: r.participants[j] ?? k, n: 0, first: i * 100 + j };
      c.n++;
      count.set(k, c);
    }),
  );
  const ranked = [...count].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const agentKey = [...agentCount.keys()].sort((a, b) => agentCount.get(b)! - agentCount.get(a)!)[0] ?? null;

  return {
    type: latest.type,
    date,
    period: date ? null : (coarse?.period ?? null),
    precision: date ? 'day' : ((coarse?.precision as DatePrecision | undefined) ?? null),
    place,
    status,
    participants: ranked.map(([, c]) => c.name),
    participantKeys: ranked.map(([k]) => k),
    agentKey,
    dates,
    dateConflict: dates.length > 1,
    firstReported: byTime[0]!.published,
    lastReported: latest.published,
    sourceCount: new Set(byTime.map((r) => r.storyId)).size,
  };
}
