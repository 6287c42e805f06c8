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

/**
 * Sums the reports of one event. The date is the day the most sources (stories) give, then the one reported
 * first; the others stay in `dates` and raise `dateConflict`. The place is the most specific one (Kremlin over
 * Moscow); the status is held once any source reports it held, else the latest report's; participants are
 * ordered by how many reports name them.
 * @example summarize([report({ date: '2025-12-02' }), report({ date: '2025-12-03', storyId: 'b' })]).dateConflict === true
 */
export function summarize(reports: readonly TimelineReport[], within: (inner: string, outer: string) => boolean): TimelineSummary {
  if (!reports.length) throw new Error('Cannot summarize a timeline event without reports');
  const byTime = [...reports].sort((a, b) => a.published.localeCompare(b.published) || a.eventId.localeCompare(b.eventId));
  const stories = (pred: (r: TimelineReport) => boolean) => new Set(byTime.filter(pred).map((r) => r.storyId)).size;

  const dates = [...new Set(byTime.flatMap((r) => (r.date ? [r.date] : [])))].sort();
  const firstSaid = (d: string) => byTime.findIndex((r) => r.date === d);
  const date = [...dates].sort((a, b) => stories((r) => r.date === b) - stories((r) => r.date === a) || firstSaid(a) - firstSaid(b) || a.localeCompare(b))[0] ?? null;
  const coarse = byTime.filter((r) => r.period).sort((a, b) => (FINENESS[a.precision ?? 'year'] ?? 9) - (FINENESS[b.precision ?? 'year'] ?? 9))[0];

  const places = byTime.flatMap((r) => (r.place ? [r.place] : []));
  const depth = (p: string) => places.filter((q) => q !== p && within(p, q)).length;
  const place = [...new Set(places)].sort((a, b) => depth(b) - depth(a) || places.filter((q) => q === b).length - places.filter((q) => q === a).length)[0] ?? null;

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
  const agents = byTime.flatMap((r) => (r.agentKey ? [r.agentKey] : []));
  const agentKey = [...new Set(agents)].sort((a, b) => agents.filter((x) => x === b).length - agents.filter((x) => x === a).length)[0] ?? null;

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
    sourceCount: stories(() => true),
  };
}
