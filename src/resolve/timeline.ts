import { sql, type Kysely } from 'kysely';
import { addDays, isIsoDay } from '../core/dates.js';
import type { SameEventOptions } from '../extract/events/similarity.js';
import { bestOf, type CandidateGroup } from './candidate-group.js';
import { placeIndex } from '../extract/events/places.js';
import type { Profile } from '../profile/schema.js';
import type { Database } from '../store/schema.js';
import { CandidateIndex, type CandidateRow } from './timeline-candidates.js';
import { markTimelineWritten } from './timeline-writer.js';
import { EventTally, tallyOf, type Fresh, type TimelineReport } from './timeline-summary.js';

export interface TimelineOptions {
  /** Days two sources' dates may differ and still be one event (the difference is kept as a conflict). */
  dateWindow: number;
  /** Days around its publication an undated report looks for the event it tells. */
  undatedWindow: number;
  within: (inner: string, outer: string) => boolean;
}

/** The defaults, with the profile's place tree (Kremlin within Moscow, Miami within Florida). */
export function timelineOptions(profile: Profile): TimelineOptions {
  return { dateWindow: 1, undatedWindow: 14, within: placeIndex(profile).within };
}

type Db = Kysely<Database>;

/**
 * Links the event reports of one stored document into the timeline, touching only the timeline events they
 * could merge with: for each report, the candidates are timeline events of its type dated near it (or, for
 * an undated report, reported near its publication). The best compatible candidate with enough affinity
 * (same date within the window, same place, shared people) takes it; otherwise it starts a new timeline
 * event. A timeline event holds at most one report per document. Returns the ids of the timeline events it
 * created or updated.
 */
export async function linkDocumentEvents(db: Db, documentId: string, o: TimelineOptions, batch: LinkBatch = linkBatch(db)): Promise<string[]> {
  const reports = (await loadReports(db, (q) => q.where('events.document_id', '=', documentId))).sort((a, b) =>
    a.eventId.localeCompare(b.eventId, 'en', { numeric: true }),
  );
  // The document is new to the timeline: the events it joined so far are those of this call.
  const touched = new Set<string>();
  // Reports with a timeline event of their very day go first, so that "talks on Tuesday" and "talks on
  // Wednesday" of one article each find their own day before the window lets one take the other's.
  const pending = [...reports];
  const writes = new TimelineWrites();
  for (const exactOnly of [true, false]) {
    for (const r of [...pending]) {
      const best = await bestCandidate(r, o, exactOnly, batch, touched);
      if (exactOnly && !best) continue;
      const id = best ?? `tl-${r.eventId}`;
      writes.assign(r.eventId, id);
      // A new event's only report is this one: nothing to read back, and its story is new to it (its rows
      // are written with the document's links; no other report of this document may join it).
      if (!best) {
        batch.tallies.set(id, new EventTally());
        writes.stories(id, r);
      }
      const { row, tally } = await refresh(db, id, o, batch, r, best ? undefined : { story: true, onDate: !!r.date });
      writes.event(row, r.participantKeys, tally);
      batch.candidates.put(row);
      touched.add(id);
      pending.splice(pending.indexOf(r), 1);
    }
  }
  await writes.flush(db);
  return [...touched];
}

const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * What linking one document changes, written in three statements at its end instead of three per report.
 * Nothing reads these rows back before then: the linker's candidates and reports are kept in memory, and a
 * timeline event takes at most one report of a document.
 */
class TimelineWrites {
  private readonly assignments: Array<[eventId: string, timelineId: string]> = [];
  private readonly rows = new Map<string, CandidateRow & Database['timeline_events']>();
  private readonly participants = new Map<string, { timeline_id: string; actor_key: string }>();
  private readonly sums = new Map<string, string>();
  private readonly storyRows: Array<Database['timeline_stories']> = [];

  assign(eventId: string, timelineId: string): void {
    this.assignments.push([eventId, timelineId]);
  }

  /** The story rows of a report that starts a new timeline event. */
  stories(timelineId: string, r: TimelineReport): void {
    this.storyRows.push(...storyRowsOf(timelineId, r));
  }

  /** Reports are only ever added to an event (a rebuild starts from empty): its new participants are the report's. */
  event(row: CandidateRow & Database['timeline_events'], participantKeys: readonly string[], tally: EventTally): void {
    this.rows.set(row.id, row);
    this.sums.set(row.id, tally.toJson());
    for (const k of participantKeys) this.participants.set(`${row.id}\u0000${k}`, { timeline_id: row.id, actor_key: k });
  }

  async flush(db: Db): Promise<void> {
    // Chunks keep a document with thousands of events under both engines' parameter limits.
    for (const part of chunks(this.assignments)) {
      const pairs = part.map(([e, t]) => sql`when ${e} then ${t}`);
      await db
        .updateTable('events')
        .set({ timeline_id: sql<string>`case id ${sql.join(pairs, sql` `)} end` })
        .where('id', 'in', part.map(([e]) => e))
        .execute();
    }
    for (const part of chunks([...this.rows.values()])) {
      const columns = Object.keys(part[0]!).filter((c) => c !== 'id') as Array<keyof Database['timeline_events'] & string>;
      await db
        .insertInto('timeline_events')
        .values(part)
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
        .execute();
    }
    for (const part of chunks([...this.participants.values()]))
      await db
        .insertInto('timeline_participants')
        .values(part)
        .onConflict((oc) => oc.columns(['timeline_id', 'actor_key']).doNothing())
        .execute();
    for (const part of chunks(this.storyRows))
      await db
        .insertInto('timeline_stories')
        .values(part)
        .onConflict((oc) => oc.columns(['timeline_id', 'story_id', 'date']).doNothing())
        .execute();
    for (const part of chunks([...this.sums].map(([timeline_id, sums]) => ({ timeline_id, sums }))))
      await db
        .insertInto('timeline_sums')
        .values(part)
        .onConflict((oc) => oc.column('timeline_id').doUpdateSet((eb) => ({ sums: eb.ref('excluded.sums') })))
        .execute();
  }
}

/** What the linker keeps between the documents it links: the candidates near them, who is a person, the sums of the events it touched. */
export interface LinkBatch {
  candidates: CandidateIndex;
  people: PersonCache;
  /** Timeline event id -> the sums of its reports, least recently used first. */
  tallies: Map<string, EventTally>;
}

/**
 * A fresh context. It stays true while only its own writer changes the timeline: within one transaction,
 * or across transactions under `LinkerMemory`'s check.
 */
export const linkBatch = (db: Db): LinkBatch => ({ candidates: new CandidateIndex(db), people: personCache(db), tallies: new Map() });

/**
 * Past these, a batch forgets its least recently used candidates and tallies (a reload is one query per day or
 * event). 3k articles onto the 100k store, where a (type, day) holds hundreds of events: 40k candidates
 * instead of 20k cut CPU ~10%, but a whole 100k ingest fills them (~35 MB at ~870 bytes each), and peak RSS
 * is a goal too: 30k. 3,000 tallies instead of 500 saved another 8% of CPU for ~45 MB (the synthetic
 * corpus's big events name hundreds of people).
 */
const MAX_CANDIDATES = 30_000;
const MAX_TALLIES = 500;

/** Bounds what a batch holds. Only between documents: a document's links are written when it is done. */
export function trimBatch(batch: LinkBatch): void {
  batch.candidates.trim(MAX_CANDIDATES);
  for (const id of batch.tallies.keys()) {
    if (batch.tallies.size <= MAX_TALLIES) break;
    batch.tallies.delete(id);
  }
}

/** Points a context kept from an earlier transaction at the current one. */
export function bindBatch(batch: LinkBatch, db: Db): void {
  batch.candidates.bind(db);
  batch.people.bind(db);
}

/**
 * The timeline event a report belongs to, if any: compatible, with the most affinity (ties: the smallest
 * id), and not one that already took a report of the same document (`taken`). Its candidates are the
 * events of its type dated near it (with `exactOnly`, on its very day), and undated ones first reported
 * near it (or, for an undated report, near its publication).
 */
async function bestCandidate(r: TimelineReport, o: TimelineOptions, exactOnly: boolean, batch: LinkBatch, taken: ReadonlySet<string>): Promise<string | undefined> {
  if (exactOnly && !r.date) return undefined;
  // Affinity only asks about the people a candidate shares with the report: the report's own.
  const isPerson = await batch.people.of(r.participantKeys);
  const same: SameEventOptions = { dateWindow: o.dateWindow, within: o.within, isPerson };
  const index = batch.candidates;
  const groups: Array<{ group: CandidateGroup; dateScore: number }> = [];
  if (r.date) {
    // The date part of the affinity: 3 for the same day, 2 within the window.
    for (const g of await index.days(r.type, addDays(r.date, exactOnly ? 0 : -o.dateWindow), addDays(r.date, exactOnly ? 0 : o.dateWindow)))
      groups.push({ group: g.dated, dateScore: g.day === r.date ? 3 : 2 });
    if (!exactOnly)
      for (const g of await index.days(r.type, addDays(r.date, -o.undatedWindow), addDays(r.date, o.undatedWindow))) groups.push({ group: g.undated, dateScore: 0 });
  } else
    for (const g of await index.days(r.type, addDays(r.published, -o.undatedWindow), addDays(r.published, o.undatedWindow)))
      groups.push({ group: g.dated, dateScore: 0 }, { group: g.undated, dateScore: 0 });
  return bestOf(groups, r, same, taken)?.id;
}

/** Rebuilds the whole timeline from the stored reports, document by document in publication order. */
export async function rebuildTimeline(db: Db, o: TimelineOptions): Promise<number> {
  // Writers that remember the timeline must read it afresh: marked before (a rebuild stopped halfway leaves
  // a timeline nobody remembers) and after.
  await markTimelineWritten(db);
  await db.updateTable('events').set({ timeline_id: null }).execute();
  await db.deleteFrom('timeline_events').execute();
  await db.deleteFrom('timeline_participants').execute();
  await db.deleteFrom('timeline_stories').execute();
  await db.deleteFrom('timeline_sums').execute();
  const docs = await db.selectFrom('documents').select('id').orderBy('published').orderBy('id').execute();
  const batch = linkBatch(db);
  for (const [i, d] of docs.entries()) {
    // Between documents everything the batch holds is written: forgetting the coldest bounds its memory.
    if (i % 64 === 0) trimBatch(batch);
    await linkDocumentEvents(db, d.id, o, batch);
  }
  await markTimelineWritten(db);
  const n = await db.selectFrom('timeline_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n.n);
}

/**
 * Recomputes one timeline event with `added`, which just joined it, and returns its row and sums. An event's
 * sums are read from `timeline_sums` (or, for an event linked before they were kept, summed from its stored
 * reports once); `timeline_stories` says whether the report's story is new to it.
 */
async function refresh(
  db: Db,
  id: string,
  o: TimelineOptions,
  batch: LinkBatch,
  added: TimelineReport,
  fresh?: Fresh,
): Promise<{ row: CandidateRow & Database['timeline_events']; tally: EventTally }> {
  const tally = batch.tallies.get(id) ?? (await storedTally(db, id));
  // Most recently used last, so that trimming drops the coldest.
  batch.tallies.delete(id);
  batch.tallies.set(id, tally.add(added, fresh ?? (await claimStory(db, id, added))));
  const s = tally.summary(o.within);
  const row = {
    type: s.type,
    date: s.date,
    date_end: null,
    precision: s.precision,
    place: s.place,
    status: s.status,
    participants: JSON.stringify(s.participants),
    participant_keys: JSON.stringify(s.participantKeys),
    agent_key: s.agentKey,
    period: s.period,
    first_reported: s.firstReported,
    last_reported: s.lastReported,
    source_count: s.sourceCount,
    date_conflict: s.dateConflict ? 1 : 0,
    dates: JSON.stringify(s.dates),
  };
  return { row: { id, ...row }, tally };
}

/** The sums of a stored timeline event. */
async function storedTally(db: Db, id: string): Promise<EventTally> {
  const stored = await db.selectFrom('timeline_sums').select('sums').where('timeline_id', '=', id).executeTakeFirst();
  if (stored) return EventTally.fromJson(stored.sums);
  // Linked before sums were kept (migration 028): its stories are in `timeline_stories` already.
  return tallyOf(await loadReports(db, (q) => q.where('events.timeline_id', '=', id)));
}

/**
 * Records that `r`'s story tells timeline event `id`, overall and on the report's day, and says which of the
 * two is new. Written at once, in the linking transaction, so the next report of the story (a syndicated
 * copy later in the batch) finds it; a rollback takes it back with the link.
 */
async function claimStory(db: Db, id: string, r: TimelineReport): Promise<Fresh> {
  const inserted = await db
    .insertInto('timeline_stories')
    .values(storyRowsOf(id, r))
    .onConflict((oc) => oc.columns(['timeline_id', 'story_id', 'date']).doNothing())
    .returning('date')
    .execute();
  return { story: inserted.some((x) => x.date === ''), onDate: !!r.date && inserted.some((x) => x.date === r.date) };
}

/** A report's story as the event counts it: overall ('') and on the report's day. */
const storyRowsOf = (id: string, r: TimelineReport): Array<Database['timeline_stories']> => [
  { timeline_id: id, story_id: r.storyId, date: '' },
  ...(r.date ? [{ timeline_id: id, story_id: r.storyId, date: r.date }] : []),
];

type ReportQuery = ReturnType<typeof reportQuery>;
const reportQuery = (db: Db) =>
  db
    .selectFrom('events')
    // The narrow copy of the document's story: `documents.story_id` lies behind the article's text.
    .innerJoin('document_sketches', 'document_sketches.document_id', 'events.document_id')
    .select([
      'events.id as eventId',
      'events.document_id as documentId',
      'document_sketches.story_id as storyId',
      'events.published',
      'events.type',
      'events.date',
      'events.period',
      'events.precision',
      'events.place',
      'events.status',
      'events.participants',
      'events.agent_key as agentKey',
      'events.participant_keys as participantKeys',
    ]);

async function loadReports(db: Db, where: (q: ReportQuery) => ReportQuery): Promise<TimelineReport[]> {
  // In no particular order: tallies do not depend on it, and a document's reports are sorted by id.
  const rows = await where(reportQuery(db)).execute();
  return rows.map((r) => {
    const names = JSON.parse(r.participants) as string[];
    const keys = r.participantKeys ? (JSON.parse(r.participantKeys) as string[]) : names;
    return {
      eventId: r.eventId,
      documentId: r.documentId,
      storyId: r.storyId,
      published: r.published,
      type: r.type,
      // A stored date that is no real day (an older extractor's) counts as none rather than failing the link.
      date: r.date && isIsoDay(r.date) ? r.date : null,
      period: r.period ?? null,
      precision: r.precision,
      place: r.place,
      status: r.status,
      participants: names,
      participantKeys: keys,
      agentKey: r.agentKey ?? null,
    };
  });
}

interface PersonCache {
  /** Tells which of these actor keys are people (a shared person is stronger evidence than a shared government). */
  of(keys: readonly string[]): Promise<(key: string) => boolean>;
  bind(db: Db): void;
}

/** Answers from what it already asked: one document's reports share most of their candidates' participants. */
function personCache(db: Db): PersonCache {
  const known = new Map<string, boolean>();
  return {
    bind(next) {
      db = next;
    },
    async of(keys) {
      const ask = new Set(keys.filter((k) => !known.has(k)));
      if (ask.size) {
        const rows = await db.selectFrom('actors').select('key').where('key', 'in', [...ask]).where('kind', '=', 'person').execute();
        for (const k of ask) known.set(k, false);
        for (const r of rows) known.set(r.key, true);
      }
      return (k) => known.get(k) === true;
    },
  };
}
