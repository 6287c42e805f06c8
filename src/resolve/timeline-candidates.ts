import type { Kysely } from 'kysely';
import { addDays } from '../core/dates.js';
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
  for (let d = from; d <= to && out.length <= 366; d = addDays(d, 1)) out.push(d);
  return out;
};

const byId = (a: Candidate, b: Candidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The timeline events of one write batch's neighbourhood, read once per (type, day) and then kept current
 * by `put` as the linker rewrites them. In a dense corpus every report of a day has the same few hundred
 * candidates; reading and parsing them once per batch instead of once per report is most of the linker's
 * cost. Valid inside one transaction only: every change to `timeline_events` in it must go through `put`.
 */
export class CandidateIndex {
  /** Per type: every event, dated or not, whose day (date, else first report) was loaded or written. */
  private readonly events = new Map<string, Map<string, Candidate>>();
  private readonly loadedDays = new Map<string, Set<string>>();

  constructor(private readonly db: Db) {}

  /**
   * Events of `type` dated in [dated.from, dated.to], and undated ones first reported in [near.from, near.to],
   * ordered by id (binary, the same on both engines).
   */
  async near(type: string, dated: { from: string; to: string }, near: { from: string; to: string }): Promise<Candidate[]> {
    await this.load(type, [...new Set([...daysOf(dated.from, dated.to), ...daysOf(near.from, near.to)])]);
    const out: Candidate[] = [];
    for (const c of this.events.get(type)?.values() ?? []) {
      const d = c.shape.date;
      if (d ? d >= dated.from && d <= dated.to : c.firstReported >= near.from && c.firstReported <= near.to) out.push(c);
    }
    return out.sort(byId);
  }

  /** Events of `type` dated exactly `day`, ordered by id. */
  async on(type: string, day: string): Promise<Candidate[]> {
    await this.load(type, [day]);
    return [...(this.events.get(type)?.values() ?? [])].filter((c) => c.shape.date === day).sort(byId);
  }

  /** Records what the linker just wrote for one event (new, or moved to another day). */
  put(row: CandidateRow): void {
    for (const events of this.events.values()) events.delete(row.id);
    this.typed(row.type).set(row.id, candidateOf(row));
  }

  private typed(type: string): Map<string, Candidate> {
    return this.events.get(type) ?? this.events.set(type, new Map()).get(type)!;
  }

  private async load(type: string, days: string[]): Promise<void> {
    const loaded = this.loadedDays.get(type) ?? this.loadedDays.set(type, new Set()).get(type)!;
    const missing = days.filter((d) => !loaded.has(d));
    if (!missing.length) return;
    const rows = await this.db
      .selectFrom('timeline_events')
      .select(['id', 'type', 'date', 'period', 'place', 'participant_keys', 'agent_key', 'first_reported'])
      .where('type', '=', type)
      .where((eb) => eb.or([eb('date', 'in', missing), eb.and([eb('date', 'is', null), eb('first_reported', 'in', missing)])]))
      .execute();
    const events = this.typed(type);
    // An event already held was written in this batch: the held version is the current one.
    for (const r of rows) if (!events.has(r.id)) events.set(r.id, candidateOf(r));
    for (const d of missing) loaded.add(d);
  }
}
