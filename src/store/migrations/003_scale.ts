import { PostgresAdapter, sql, type Kysely } from 'kysely';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Scale and engine parity, without changing the logical schema:
 * - PostgreSQL's `real` is single precision while SQLite's is double: story similarities get the same
 *   precision on both.
 * - SQLite keeps `lsh_bands` (dozens of rows per document, the most written table) in its primary-key
 *   b-tree alone (WITHOUT ROWID): one b-tree insert per row instead of two.
 * - Lists of statements, positions and statuses are paged newest first: indexes on (date, id) let a
 *   page read its rows in order instead of sorting the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('statements_published').on('statements').columns(['published', 'id']).execute();
  await db.schema.createIndex('positions_date').on('positions').columns(['date', 'id']).execute();
  await db.schema.createIndex('statuses_date').on('statuses').columns(['date', 'id']).execute();
  if (isPostgres(db)) {
    await sql`alter table documents alter column story_similarity type double precision`.execute(db);
    return;
  }
  await sql`create table lsh_bands_compact (
    band text not null,
    document_id text not null references documents (id) on delete cascade,
    constraint lsh_bands_pk primary key (band, document_id)
  ) without rowid`.execute(db);
  await sql`insert into lsh_bands_compact (band, document_id) select band, document_id from lsh_bands`.execute(db);
  await sql`drop table lsh_bands`.execute(db);
  await sql`alter table lsh_bands_compact rename to lsh_bands`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['statements_published', 'positions_date', 'statuses_date']) await db.schema.dropIndex(index).ifExists().execute();
  if (isPostgres(db)) {
    await sql`alter table documents alter column story_similarity type real`.execute(db);
  }
}
