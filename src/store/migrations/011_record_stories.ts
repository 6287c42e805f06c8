import { sql, type Kysely } from 'kysely';

/**
 * Positions and statuses carry their article's story, with indexes that cover a cell's days and stories, so
 * that "how many independent stories back this cell in this window" is an index scan, not a join per record.
 * A document's story is fixed when it is stored, so the copy never goes stale.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['positions', 'statuses']) {
    await db.schema.alterTable(table).addColumn('story_id', 'text').execute();
    await sql`UPDATE ${sql.table(table)} SET story_id = (SELECT d.story_id FROM documents d WHERE d.id = ${sql.ref(`${table}.document_id`)})`.execute(db);
  }
  await db.schema.createIndex('positions_cell_stories').on('positions').columns(['side', 'issue', 'date', 'story_id']).execute();
  await db.schema.createIndex('statuses_issue_stories').on('statuses').columns(['issue', 'date', 'story_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('statuses_issue_stories').ifExists().execute();
  await db.schema.dropIndex('positions_cell_stories').ifExists().execute();
  for (const table of ['statuses', 'positions']) await db.schema.alterTable(table).dropColumn('story_id').execute();
}
