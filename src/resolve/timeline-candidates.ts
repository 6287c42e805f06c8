import type { Kysely } from 'kysely';
import { dayNumber, dayOfNumber } from '../core/dates.js';
import type { EventShape } from '../extract/events/similarity.js';
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

export const candidateOf = (c: CandidateRow): Candidate => ({
  id: c.id,
  firstReported: c.first_reported,
  shape: {
    type: c.type,
    date: c.date,
    ...(c.period ? { period: c.period } : {}),
    place: c.place,
    participantKeys: JSON.parse(c.participant_keys ?? '[]') as string[],
    agentKey: c.agent_key ?? null,
  },
});

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

/**
 * The timeline events of one write batch's neighbourhood, read once per (type, day) and then kept current
 * by `put` as the linker rewrites them. In a dense corpus every report of a day has the same few hundred
 * candidates; reading and parsing them once per batch instead of once per report is most of the linker's
 * cost. They are filed by type and day so that a report visits only the days of its window, however many
 * days are loaded. Valid while every change to `timeline_events` goes through `put`: within one
 * transaction, or across the transactions of one writer while no other writes (see `LinkerMemory`).
 */
export class CandidateIndex {
  /** type -> day (date, else first report) -> id -> event, for every day loaded or written. */
  private readonly events = new Map<string, Map<string, Map<string, Candidate>>>();
  private readonly placed = new Map<string, { type: string; day: string }>();
  private readonly loadedDays = new Map<string, Set<string>>();

  constructor(private db: Db) {}

  /** Reads through `db` from now on (the next transaction of the same writer). */
  bind(db: Db): void {
    this.db = db;
  }

  /** How many events it holds. */
  get size(): number {
    return this.placed.size;
  }

  /**
   * Events of `type` dated in [dated.from, dated.to], and undated ones first reported in [near.from, near.to],
   * in no particular order.
   */
  async near(type: string, dated: { from: string; to: string }, near: { from: string; to: string }): Promise<Candidate[]> {
    const days = [...new Set([...daysOf(dated.from, dated.to), ...daysOf(near.from, near.to)])];
    await this.load(type, days);
    const byDay = this.events.get(type);
    const out: Candidate[] = [];
    for (const day of days)
      for (const c of byDay?.get(day)?.values() ?? []) {
        const d = c.shape.date;
        if (d ? d >= dated.from && d <= dated.to : c.firstReported >= near.from && c.firstReported <= near.to) out.push(c);
      }
    return out;
  }

  /** Events of `type` dated exactly `day`, in no particular order. */
  async on(type: string, day: string): Promise<Candidate[]> {
    await this.load(type, [day]);
    return [...(this.events.get(type)?.get(day)?.values() ?? [])].filter((c) => c.shape.date === day);
  }

  /** Records what the linker just wrote for one event (new, or moved to another day). */
  put(row: CandidateRow): void {
    const was = this.placed.get(row.id);
    if (was) this.events.get(was.type)?.get(was.day)?.delete(row.id);
    this.file(candidateOf(row));
  }

  private file(c: Candidate): void {
    const type = c.shape.type;
    const day = dayOf(c);
    const byDay = this.events.get(type) ?? this.events.set(type, new Map()).get(type)!;
    (byDay.get(day) ?? byDay.set(day, new Map()).get(day)!).set(c.id, c);
    this.placed.set(c.id, { type, day });
  }

  private async load(type: string, days: string[]): Promise<void> {
    const loaded = this.loadedDays.get(type) ?? this.loadedDays.set(type, new Set()).get(type)!;
    const missing = days.filter((d) => !loaded.has(d));
    if (!missing.length) return;
    // Two index searches, not one OR: both engines may answer an OR across two columns by reading every
    // event of the type, a cost that grows with the timeline.
    const columns = ['id', 'type', 'date', 'period', 'place', 'participant_keys', 'agent_key', 'first_reported'] as const;
    const ofType = this.db.selectFrom('timeline_events').select(columns).where('type', '=', type);
    const rows = await ofType
      .where('date', 'in', missing)
      .unionAll(ofType.where('date', 'is', null).where('first_reported', 'in', missing))
      .execute();
    // An event already held was written in this batch: the held version is the current one.
    for (const r of rows) if (!this.placed.has(r.id)) this.file(candidateOf(r));
    for (const d of missing) loaded.add(d);
  }
}
