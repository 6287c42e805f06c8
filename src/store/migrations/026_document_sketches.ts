import { sql, type Kysely } from 'kysely';

/**
 * Each document's story and MinHash sketch in a narrow table of their own. In `documents` they sit behind the
 * article's text columns, and SQLite reads a row's columns in order: fetching the sketches of 50 near-duplicate
 * candidates, or the stories of an event's reports, walked every candidate's overflow pages of text (3k
 * articles onto a 30k store: 2.3 s of sketch reads and most of 5 s of report reads on the writer's thread).
 * Rows written before this migration keep their sketch as JSON; new ones are packed (see `encodeSketch`), and
 * `documents.minhash` is left empty for them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_sketches')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('sketch', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into document_sketches (document_id, story_id, sketch) select id, story_id, minhash from documents`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('document_sketches').ifExists().execute();
}
