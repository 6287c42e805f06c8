import type { Kysely } from 'kysely';
import { dayNumber, dayOfNumber } from '../core/dates.js';
import type { EventShape } from '../extract/events/similarity.js';
import { CandidateGroup } from './candidate-group.js';
import type { Database } from '../store/schema.js';

type Db = Kysely<Database>;

/** A timeline event as the linker compares it with a new report. */
export interface Candidate {
  id: string;
  shape: EventShape;
  /** Day of its first report: where an undated event sits. */
  firstReported: string;
}

/** The columns a candidate is read from, as `refresh` writes them. */
export interface CandidateRow {
  id: string;
  type: string;
  date: string | null;
  period?: string | null;
  place: string | null;
  participant_keys?: string | null;
  agent_key?: string | null;
  first_reported: string;
}

/**
 * One copy of each repeated value (types, days, places, actor keys): every row read brings its own strings,
 * and tens of thousands of candidates are held (40k candidates of the 100k store: 1,164 -> 868 bytes each).
 * Forgotten wholesale past a bound.
 */
const shared = new Map<string, string>();
const MAX_SHARED = 100_000;
function share(s: string): string {
  const held = shared.get(s);
  if (held !== undefined) return held;
  if (shared.size >= MAX_SHARED) shared.clear();
  shared.set(s, s);
  return s;
}
const shareOrNull = (s: string | null | undefined): string | null => (s == null ? null : share(s));

export const candidateOf = (c: CandidateRow): Candidate => {
  const shape: EventShape = {
    type: share(c.type),
    date: shareOrNull(c.date),
    place: shareOrNull(c.place),
    participantKeys: (JSON.parse(c.participant_keys ?? '[]') as string[]).map(share),
    agentKey: shareOrNull(c.agent_key),
  };
  if (c.period) shape.period = share(c.period);
  return { id: c.id, firstReported: share(c.first_reported), shape };
};

const daysOf = (from: string, to: string): string[] => {
  const out: string[] = [];
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (first === null || last === null) return out;
  for (let n = first; n <= last && out.length <= 366; n++) out.push(dayOfNumber(n));
  return out;
};

/** Where a candidate sits: its date, else the day of its first report. */
const dayOf = (c: Candidate): string => c.shape.date ?? c.firstReported;

/** The events of one type filed on one day: those dated that day, and undated ones first reported that day. */
export interface DayGroups {
  day: string;
  dated: CandidateGroup;
  undated: CandidateGroup;
  /** When the linker last looked at this day (a counter): `trim` forgets the least recent first. */
  used: number;
}

/**
 * The timeline events of one writer's neighbourhood, read once per (type, day) and then kept current by
 * `put` as the linker rewrites them. In a dense corpus every report of a day has the same few hundred
 * candidates; reading and parsing them once instead of once per report was most of the linker's cost.
 * They are filed by type and day so that a report visits only the days of its window, and within a day
 * by place and participant (`CandidateGroup`). Valid while every change to `timeline_events` goes
 * through `put`: within one transaction, or across the transactions of one writer while no other writes
 * (see `LinkerMemory`).
 */
export class CandidateIndex {
  /** type -> day -> its events, for every day loaded or written. */
  private readonly events = new Map<string, Map<string, DayGroups>>();
  private readonly placed = new Map<string, Candidate>();
  private readonly loadedDays = new Map<string, Set<string>>();
  /** Counts uses of days, for `DayGroups.used`. */
  private clock = 0;

  constructor(private db: Db) {}

  /** Reads through `db` from now on (the next transaction of the same writer). */
  bind(db: Db): void {
    this.db = db;
  }

  /** How many events it holds. */
  get size(): number {
    return this.placed.size;
  }

  /** The events of `type` on each day from `from` to `to`, read from the database for days not held yet. */
  async days(type: string, from: string, to: string): Promise<DayGroups[]> {
    const days = daysOf(from, to);
    await this.load(type, days);
    this.touch(type, days);
    const byDay = this.events.get(type);
    return days.flatMap((d) => byDay?.get(d) ?? []);
  }

  /** Records what the linker just wrote for one event (new, or changed). */
  put(row: CandidateRow): void {
    const was = this.placed.get(row.id);
    const c = candidateOf(row);
    const group = this.groupOf(c);
    if (was && this.groupOf(was) === group && group.replace(was, c)) this.placed.set(c.id, c);
    else {
      if (was) this.groupOf(was).remove(was);
      this.file(c);
    }
    this.touch(c.shape.type, [dayOf(c)]);
  }

  /**
   * Forgets the least recently used days until at most `max` events are held. Only between documents and
   * with everything written: a forgotten day is read again from the database.
   */
  trim(max: number): void {
    if (this.placed.size <= max) return;
    const held = [...this.events].flatMap(([type, byDay]) => [...byDay.values()].map((groups) => ({ type, groups })));
    held.sort((a, b) => a.groups.used - b.groups.used);
    for (const { type, groups } of held) {
      if (this.placed.size <= max) break;
      this.loadedDays.get(type)?.delete(groups.day);
      for (const id of [...groups.dated.ids(), ...groups.undated.ids()]) this.placed.delete(id);
      this.events.get(type)!.delete(groups.day);
    }
  }

  /** Marks the days as just used. A day without events holds nothing worth forgetting. */
  private touch(type: string, days: readonly string[]): void {
    const byDay = this.events.get(type);
    if (!byDay) return;
    const now = ++this.clock;
    for (const day of days) {
      const groups = byDay.get(day);
      if (groups) groups.used = now;
    }
  }

  private groupOf(c: Candidate): CandidateGroup {
    const type = c.shape.type;
    const day = dayOf(c);
    const byDay = this.events.get(type) ?? this.events.set(type, new Map()).get(type)!;
    const groups = byDay.get(day) ?? byDay.set(day, { day, dated: new CandidateGroup(), undated: new CandidateGroup(), used: ++this.clock }).get(day)!;
    return c.shape.date ? groups.dated : groups.undated;
  }

  private file(c: Candidate): void {
    this.groupOf(c).add(c);
    this.placed.set(c.id, c);
  }

  private async load(type: string, days: string[]): Promise<void> {
    const loaded = this.loadedDays.get(type) ?? this.loadedDays.set(type, new Set()).get(type)!;
    const missing = days.filter((d) => !loaded.has(d));
    if (!missing.length) return;
    // One index range per day: (type, day) with the candidate's columns beside it (migration 030), where an
    // event's day is its date, else the day it was first reported.
    const rows = await this.db
      .selectFrom('timeline_events')
      .select(['id', 'type', 'date', 'period', 'place', 'participant_keys', 'agent_key', 'first_reported'])
      .where('type', '=', type)
      .where((eb) => eb(eb.fn.coalesce('date', 'first_reported'), 'in', missing))
      .execute();
    // An event already held was written in this batch: the held version is the current one.
    for (const r of rows) if (!this.placed.has(r.id)) this.file(candidateOf(r));
    for (const d of missing) loaded.add(d);
  }
}
