import type { Kysely } from 'kysely';

/**
 * Statuses by claimant (the status list's `side`) in date order: with a side and an outlet the list read every
 * status of the outlet and sorted them (100k articles: 140 -> 7 ms).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('statuses_claimant_date').on('statuses').columns(['claimed_by', 'date', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('statuses_claimant_date').ifExists().execute();
}
