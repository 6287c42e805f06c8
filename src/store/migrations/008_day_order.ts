import { sql, type Kysely } from 'kysely';

/**
 * Lists of events and of the merged timeline are ordered and filtered by a day that falls back to the
 * publication (or first report) when the text gives none. Indexing that expression lets a page be read in
 * order instead of sorting every row (55 ms for /api/events at 10,000 articles). Both engines accept it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX events_day ON events ((coalesce(date, published)), id)`.execute(db);
  await sql`CREATE INDEX timeline_events_day ON timeline_events ((coalesce(date, first_reported)), id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS events_day`.execute(db);
  await sql`DROP INDEX IF EXISTS timeline_events_day`.execute(db);
}
