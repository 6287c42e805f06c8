import type { Kysely } from 'kysely';

/**
 * Mentions by (document, actor): "does this document mention that actor" is one probe. With an index on each
 * column alone, SQLite could test a document of the document list's actor filter by walking every mention of
 * the actor (30k articles, an actor and an issue: 43 s a page); this index also serves document-only lookups,
 * so it replaces the one on `document_id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('mentions_document_actor').on('mentions').columns(['document_id', 'actor_key']).execute();
  await db.schema.dropIndex('mentions_document').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('mentions_document').on('mentions').column('document_id').execute();
  await db.schema.dropIndex('mentions_document_actor').execute();
}
