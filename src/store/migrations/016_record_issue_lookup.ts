import type { Kysely } from 'kysely';

const TABLES = ['positions', 'statuses'] as const;

/**
 * "Has this article a position or status on this issue?" (the document list's issue filter) is one index
 * probe on (document_id, issue). With only `document_id` indexed, PostgreSQL without fresh statistics
 * intersected it with the whole issue index once per document (3k articles: 110 -> 30 ms). The new
 * index replaces the one on `document_id` alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.createIndex(`${table}_document_issue`).on(table).columns(['document_id', 'issue']).execute();
    await db.schema.dropIndex(`${table}_document`).ifExists().execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.createIndex(`${table}_document`).on(table).column('document_id').execute();
    await db.schema.dropIndex(`${table}_document_issue`).ifExists().execute();
  }
}
