import { sql, type Kysely } from 'kysely';

/**
 * The merged timeline of one type in day order: a list filtered by type (meetings only) reads that type's
 * events in the window in page order and stops at the page's end, instead of reading every event of the
 * type and sorting them (30k articles: 50 -> 14 ms). Both engines accept the expression.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX timeline_events_type_day ON timeline_events (type, (coalesce(date, first_reported)), id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS timeline_events_type_day`.execute(db);
}
