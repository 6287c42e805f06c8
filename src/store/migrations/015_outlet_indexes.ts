import type { Kysely } from 'kysely';

const RECORDS = ['positions', 'statuses'] as const;

/**
 * Indexes for what is read by outlet:
 * - documents by outlet in date order: a filtered document list walks one outlet's documents newest first
 *   and stops at the page's end instead of testing and sorting all of them (replaces `documents_outlet`);
 * - positions and statuses by outlet and issue, covering: the outlet-by-issue coverage table is an index
 *   scan in group order, without a join on documents (each record keeps its outlet, migration 014).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('documents_outlet_published').on('documents').columns(['outlet', 'published', 'id']).execute();
  await db.schema.dropIndex('documents_outlet').ifExists().execute();
  for (const table of RECORDS)
    await db.schema.createIndex(`${table}_outlet_issue`).on(table).columns(['outlet', 'issue', 'date', 'document_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of RECORDS) await db.schema.dropIndex(`${table}_outlet_issue`).ifExists().execute();
  await db.schema.createIndex('documents_outlet').on('documents').column('outlet').execute();
  await db.schema.dropIndex('documents_outlet_published').ifExists().execute();
}
