import type { Kysely } from 'kysely';

/**
 * Positions by source actor in date order: the position list's actor filter walked every position of the
 * side, or of the whole window, to find one actor's (30k articles, an actor and a side: 149 -> 15 ms).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('positions_source_date').on('positions').columns(['source_key', 'date', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('positions_source_date').ifExists().execute();
}
