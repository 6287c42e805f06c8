import { sql, type Kysely } from 'kysely';

/**
 * Two event lookups that read the whole table at 30k articles:
 * - the event list of one type in day order (meetings: most events) sorted every event of the type
 *   (a type and an actor: ~400 ms); now walked in page order, as 020 does for the merged timeline;
 * - the merged timeline of one outlet tested its events with an IN list of every event of the outlet, read
 *   by a scan of `events` (~140 ms); now one probe per listed event, by (timeline_id, outlet).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX events_type_day ON events (type, (coalesce(date, published)), id)`.execute(db);
  await db.schema.createIndex('events_timeline_outlet').on('events').columns(['timeline_id', 'outlet']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_timeline_outlet').ifExists().execute();
  await sql`DROP INDEX IF EXISTS events_type_day`.execute(db);
}
