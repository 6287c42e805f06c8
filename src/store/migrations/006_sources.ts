import type { Kysely } from 'kysely';

/**
 * Sources and framing: each document's framing markers (JSON counts, summed into outlets.framing) and the other
 * sentences of a document that state the same position (JSON spans).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('framing', 'text').execute();
  await db.schema.alterTable('positions').addColumn('also', 'text').execute();
  await db.schema.createIndex('positions_issue_date').on('positions').columns(['issue', 'date']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('positions_issue_date').execute();
  await db.schema.alterTable('positions').dropColumn('also').execute();
  await db.schema.alterTable('documents').dropColumn('framing').execute();
}
