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

/** Where a report sits in time: by publication, then id. Ties between tallies go to the earlier report. */
interface Moment {
  published: string;
  eventId: string;
}
/** A copy, so that sums do not keep whole reports alive (thousands of events are held at once). */
const momentOf = (r: Moment): Moment => ({ published: r.published, eventId: r.eventId });
const earlier = (a: Moment, b: Moment): boolean => (a.published.localeCompare(b.published) || a.eventId.localeCompare(b.eventId)) < 0;

/** A count with the moment (and, for participants, the position) of its first report. */
interface Counted {
  n: number;
  first: Moment;
  position: number;
}
const byCount = (a: Counted, b: Counted): number => b.n - a.n || (earlier(a.first, b.first) ? -1 : earlier(b.first, a.first) ? 1 : a.position - b.position);

/** Whether a report's story is new to the event: overall, and on the day the report gives. */
export interface Fresh {
  story: boolean;
  onDate: boolean;
}

type MomentJson = [published: string, eventId: string];
type CountedJson = [key: string, n: number, first: MomentJson, position: number];

/** `EventTally` as stored (`timeline_sums`): arrays rather than keyed objects, a few hundred bytes for most events. */
interface TallyJson {
  dates: Array<[date: string, stories: number, first: MomentJson]>;
  places: CountedJson[];
  agents: CountedJson[];
  people: Array<[...CountedJson, name: string]>;
  sources: number;
  coarse: [at: MomentJson, fineness: number, period: string, precision: string | null] | null;
  first: MomentJson | null;
  latest: [at: MomentJson, type: string, status: string] | null;
  held: boolean;
}

const momentJson = (m: Moment): MomentJson => [m.published, m.eventId];
const momentFrom = ([published, eventId]: MomentJson): Moment => ({ published, eventId });
const countedJson = (map: Map<string, Counted>): CountedJson[] => [...map].map(([k, c]) => [k, c.n, momentJson(c.first), c.position]);
const countedFrom = (rows: readonly CountedJson[]): Map<string, Counted> =>
  new Map(rows.map(([k, n, first, position]) => [k, { n, first: momentFrom(first), position }]));

/**
 * The running sums of one event's reports. Adding a report costs the same however many the event already
 * has, and `summary` reads only the distinct dates, places and people: a big event (an attack told by
 * hundreds of outlets) is no longer summed again from all its reports each time one joins. Reports may
 * arrive in any order; the summary is that of the reports sorted by publication. Stories are counted, not
 * kept: whether a report's story is new to the event (`Fresh`) is asked of `timeline_stories`, so the sums
 * stay small enough to store (`toJson`) and to hold for thousands of events.
 */
export class EventTally {
  private dates = new Map<string, { stories: number; first: Moment }>();
  private places = new Map<string, Counted>();
  private agents = new Map<string, Counted>();
  private people = new Map<string, Counted & { name: string }>();
  private sources = 0;
  private coarse: { at: Moment; fineness: number; period: string; precision: string | null } | undefined;
  private firstReport: Moment | undefined;
  private latest: { at: Moment; type: string; status: string } | undefined;
  private held = false;

  add(r: TimelineReport, fresh: Fresh): this {
    const at = momentOf(r);
    if (!this.firstReport || earlier(at, this.firstReport)) this.firstReport = at;
    if (!this.latest || earlier(this.latest.at, at)) this.latest = { at, type: r.type, status: r.status };
    if (r.date) {
      const on = this.dates.get(r.date);
      if (!on) this.dates.set(r.date, { stories: 1, first: at });
      else {
        if (fresh.onDate) on.stories++;
        if (earlier(at, on.first)) on.first = at;
      }
    }
    const fine = fineness(r);
    if (r.period && (!this.coarse || fine < this.coarse.fineness || (fine === this.coarse.fineness && earlier(at, this.coarse.at))))
      this.coarse = { at, fineness: fine, period: r.period, precision: r.precision };
    if (r.place) count(this.places, r.place, at, 0);
    if (r.agentKey) count(this.agents, r.agentKey, at, 0);
    r.participantKeys.forEach((k, j) => {
      const c = this.people.get(k);
      if (!c) this.people.set(k, { n: 1, first: at, position: j, name: r.participants[j] ?? k });
      else {
        c.n++;
        if (earlier(at, c.first)) Object.assign(c, { first: at, position: j, name: r.participants[j] ?? k });
      }
    });
    if (fresh.story) this.sources++;
    if (r.status === 'held') this.held = true;
    return this;
  }

  toJson(): string {
    const json: TallyJson = {
      dates: [...this.dates].map(([d, on]) => [d, on.stories, momentJson(on.first)]),
      places: countedJson(this.places),
      agents: countedJson(this.agents),
      people: [...this.people].map(([k, c]) => [k, c.n, momentJson(c.first), c.position, c.name]),
      sources: this.sources,
      coarse: this.coarse ? [momentJson(this.coarse.at), this.coarse.fineness, this.coarse.period, this.coarse.precision] : null,
      first: this.firstReport ? momentJson(this.firstReport) : null,
      latest: this.latest ? [momentJson(this.latest.at), this.latest.type, this.latest.status] : null,
      held: this.held,
    };
    return JSON.stringify(json);
  }

  static fromJson(text: string): EventTally {
    const j = JSON.parse(text) as TallyJson;
    const t = new EventTally();
    t.dates = new Map(j.dates.map(([d, stories, first]) => [d, { stories, first: momentFrom(first) }]));
    t.places = countedFrom(j.places);
    t.agents = countedFrom(j.agents);
    t.people = new Map(j.people.map(([k, n, first, position, name]) => [k, { n, first: momentFrom(first), position, name }]));
    t.sources = j.sources;
    if (j.coarse) t.coarse = { at: momentFrom(j.coarse[0]), fineness: j.coarse[1], period: j.coarse[2], precision: j.coarse[3] };
    if (j.first) t.firstReport = momentFrom(j.first);
    if (j.latest) t.latest = { at: momentFrom(j.latest[0]), type: j.latest[1], status: j.latest[2] };
    t.held = j.held;
    return t;
  }

  summary(within: (inner: string, outer: string) => boolean): TimelineSummary {
    const latest = this.latest;
    if (!latest || !this.firstReport) throw new Error('Cannot summarize a timeline event without reports');
    const dates = [...this.dates.keys()].sort();
    const told = (d: string) => this.dates.get(d)!;
    const date =
      [...dates].sort((a, b) => told(b).stories - told(a).stories || (earlier(told(a).first, told(b).first) ? -1 : earlier(told(b).first, told(a).first) ? 1 : 0) || a.localeCompare(b))[0] ??
      null;

    // How many other mentions a place lies within: the most nested place is the most specific.
    const depth = new Map<string, number>();
    for (const p of this.places.keys()) {
      let n = 0;
      for (const [q, c] of this.places) if (q !== p && within(p, q)) n += c.n;
      depth.set(p, n);
    }
    const place = [...this.places].sort(([a, ca], [b, cb]) => depth.get(b)! - depth.get(a)! || byCount(ca, cb))[0]?.[0] ?? null;
    const ranked = [...this.people].sort(([, a], [, b]) => byCount(a, b));
    const agentKey = [...this.agents].sort(([, a], [, b]) => b.n - a.n || (earlier(a.first, b.first) ? -1 : 1))[0]?.[0] ?? null;
    const coarse = this.coarse;

    return {
      type: latest.type,
      date,
      period: date ? null : (coarse?.period ?? null),
      precision: date ? 'day' : ((coarse?.precision as DatePrecision | undefined) ?? null),
      place,
      status: this.held ? 'held' : (latest.status as EventStatus),
      participants: ranked.map(([, c]) => c.name),
      participantKeys: ranked.map(([k]) => k),
      agentKey,
      dates,
      dateConflict: dates.length > 1,
      firstReported: this.firstReport.published,
      lastReported: latest.at.published,
      sourceCount: this.sources,
    };
  }
}

/** The sums of reports held in memory, telling new stories apart itself. */
export function tallyOf(reports: Iterable<TimelineReport>): EventTally {
  const tally = new EventTally();
  const seen = new Set<string>();
  const firstTime = (key: string) => !seen.has(key) && !!seen.add(key);
  for (const r of reports) tally.add(r, { story: firstTime(`\u0000${r.storyId}`), onDate: !!r.date && firstTime(`${r.date}\u0000${r.storyId}`) });
  return tally;
}

function count(tally: Map<string, Counted>, key: string, at: Moment, position: number): void {
  const c = tally.get(key);
  if (!c) tally.set(key, { n: 1, first: at, position });
  else {
    c.n++;
    if (earlier(at, c.first)) c.first = at;
  }
}

/**
 * Sums the reports of one event. The date is the day the most sources (stories) give, then the one reported
 * first; the others stay in `dates` and raise `dateConflict`. The place is the most specific one (Kremlin over
 * Moscow), then the most told, then the first told; the status is held once any source reports it held, else
 * the latest report's; participants are ordered by how many reports name them, then by first mention.
 * @example summarize([report({ date: '2025-12-02' }), report({ date: '2025-12-03', storyId: 'b' })]).dateConflict === true
 */
export function summarize(reports: readonly TimelineReport[], within: (inner: string, outer: string) => boolean): TimelineSummary {
  return tallyOf(reports).summary(within);
}
