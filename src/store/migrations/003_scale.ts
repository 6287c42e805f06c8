import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Scale and engine parity. PostgreSQL's `real` is single precision while SQLite's is double: story
 * similarities get the same precision on both (SQLite needs no change).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table documents alter column story_similarity type double precision`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table documents alter column story_similarity type real`.execute(db);
  }
}
