import type { Kysely } from 'kysely';

/**
 * An event's reports in publication order: a timeline list shows the first few sources of each merged event
 * (an attack told by a thousand outlets included) by reading that many index entries, not all its reports.
 * Replaces the index on `timeline_id` alone, which the linker's lookups use the same way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_timeline_published').on('events').columns(['timeline_id', 'published', 'id']).execute();
  await db.schema.dropIndex('events_timeline').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_timeline').on('events').column('timeline_id').execute();
  await db.schema.dropIndex('events_timeline_published').ifExists().execute();
}
