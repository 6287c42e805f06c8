import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';

/** What the linker reads of a candidate event, after the (type, day, id) key. */
const CANDIDATE = sql`date, period, place, participant_keys, agent_key, first_reported`;

/**
 * The linker reads the timeline events of a type on the days around a report (`CandidateIndex.load`). Through
 * (type, date) and (type, first_reported) each event was a row fetched from the table, where the events of one
 * day lie wherever they were first written: at 100k articles 3k new ones read 1.45M candidate rows, 5 GB of
 * pages, the largest read of the ingest. Here one index keyed (type, day) carries the columns the linker needs,
 * so a day's events are neighbours in the index and no table row is read. It begins as the index of migration
 * 020 did (the timeline of one type in day order), which it replaces, and the two it makes unused go too.
 * PostgreSQL gets the key alone: a b-tree entry there must fit in a third of a page (2,704 bytes), and the
 * participant keys of a big event are longer (a 100k store held one of 2.7 kB); it still answers the one
 * (type, day) query from one index. SQLite has no such bound (long entries go to overflow pages).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) === 'postgres')
    await sql`CREATE INDEX timeline_events_candidates ON timeline_events (type, (coalesce(date, first_reported)), id)`.execute(db);
  else await sql`CREATE INDEX timeline_events_candidates ON timeline_events (type, (coalesce(date, first_reported)), id, ${CANDIDATE})`.execute(db);
  for (const index of ['timeline_events_type_day', 'timeline_events_type_date', 'timeline_events_type_reported'])
    await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX timeline_events_type_date ON timeline_events (type, date)`.execute(db);
  await sql`CREATE INDEX timeline_events_type_reported ON timeline_events (type, first_reported)`.execute(db);
  await sql`CREATE INDEX timeline_events_type_day ON timeline_events (type, (coalesce(date, first_reported)), id)`.execute(db);
  await sql`DROP INDEX IF EXISTS timeline_events_candidates`.execute(db);
}
