import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';

/** The tables the overview counts (as of this migration: a table added later needs a migration of its own). */
const COUNTED = ['documents', 'outlets', 'stories', 'actors', 'quotes', 'statements', 'events', 'timeline_events', 'positions', 'statuses'];

/**
 * `row_counts`: the number of rows of each table the overview shows, kept by triggers. `count(*)` reads a
 * whole index, and at 100k articles the ten counts took 66 ms on SQLite (1.4M statements, 0.7M quotes) and
 * most of the overview's 190 ms on PostgreSQL, growing with the store. Triggers rather than the write batch
 * (which keeps the per-outlet counts) because rows of these tables are written by several resolvers and
 * deleted by rebuilds: every path is counted, including ones added later.
 * SQLite: a row trigger per insert and delete. PostgreSQL: statement triggers that count the transition
 * table, one update per statement. Writers take turns (see `Store.transaction`), so the hot rows cost no
 * waiting; an update of `n = n + k` is right under concurrency anyway.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('row_counts')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute();
  const postgres = engineOf(db) === 'postgres';
  if (postgres) {
    await sql`CREATE FUNCTION parley_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE row_counts SET n = n + (SELECT count(*) FROM added) WHERE name = TG_TABLE_NAME; RETURN NULL; END $$`.execute(db);
    await sql`CREATE FUNCTION parley_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE row_counts SET n = n - (SELECT count(*) FROM removed) WHERE name = TG_TABLE_NAME; RETURN NULL; END $$`.execute(db);
  }
  for (const table of COUNTED) {
    const t = sql.table(table);
    await sql`INSERT INTO row_counts (name, n) SELECT ${table}, count(*) FROM ${t}`.execute(db);
    const added = sql.id(`${table}_count_added`);
    const removed = sql.id(`${table}_count_removed`);
    if (postgres) {
      await sql`CREATE TRIGGER ${added} AFTER INSERT ON ${t} REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION parley_count_added()`.execute(db);
      await sql`CREATE TRIGGER ${removed} AFTER DELETE ON ${t} REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION parley_count_removed()`.execute(db);
    } else {
      await sql`CREATE TRIGGER ${added} AFTER INSERT ON ${t} BEGIN
        UPDATE row_counts SET n = n + 1 WHERE name = ${sql.lit(table)}; END`.execute(db);
      await sql`CREATE TRIGGER ${removed} AFTER DELETE ON ${t} BEGIN
        UPDATE row_counts SET n = n - 1 WHERE name = ${sql.lit(table)}; END`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = engineOf(db) === 'postgres';
  for (const table of COUNTED) {
    // PostgreSQL names a trigger within its table.
    const on = postgres ? sql` ON ${sql.table(table)}` : sql``;
    for (const suffix of ['added', 'removed']) await sql`DROP TRIGGER IF EXISTS ${sql.id(`${table}_count_${suffix}`)}${on}`.execute(db);
  }
  if (postgres) {
    await sql`DROP FUNCTION IF EXISTS parley_count_added()`.execute(db);
    await sql`DROP FUNCTION IF EXISTS parley_count_removed()`.execute(db);
  }
  await db.schema.dropTable('row_counts').execute();
}
