import type { Kysely } from 'kysely';

/**
 * Drops two indexes that are leading parts of wider ones (migration 011): `positions_cell` (side, issue, date)
 * of `positions_cell_stories` and `statuses_issue` (issue, date) of `statuses_issue_stories`. A query that
 * used them seeks the wider index the same way, and every stored record no longer writes a page of each:
 * together 3.4% of the pages an ingest of 640 articles onto a 30k store wrote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('positions_cell').ifExists().execute();
  await db.schema.dropIndex('statuses_issue').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('positions_cell').ifNotExists().on('positions').columns(['side', 'issue', 'date']).execute();
  await db.schema.createIndex('statuses_issue').ifNotExists().on('statuses').columns(['issue', 'date']).execute();
}
