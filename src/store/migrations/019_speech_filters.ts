import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';

/** The speech tables, each with the issue table kept beside it. */
const SPEECH = [
  ['quotes', 'quote_issues'],
  ['statements', 'statement_issues'],
] as const;

/**
 * What a filtered quote or statement list starts from, so that a selective filter reads about as many rows as
 * it matches instead of every record of the window (30k articles, a side, an issue and an outlet matching 621
 * of 220k quotes: the capped count read all of them):
 * - an issue table per speech table: one row per record and issue it speaks to, keyed (issue, published,
 *   record_id), carrying the outlet and speaker the other filters test. The `issues` column (migration 014)
 *   is a comma list that only a LIKE over every row can search. SQLite keeps the rows in the key's b-tree
 *   (WITHOUT ROWID): reading an issue's rows reads no other page.
 * - an (outlet, published, id) index per speech table: one outlet's records newest first.
 * Filled from the `issues` column of the records already stored: every tag in it is the issue of a position
 * or status, so the known issues are those of the position and status tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = engineOf(db) === 'sqlite';
  const contains = (list: unknown, tag: unknown) => (sqlite ? sql`instr(${list}, ${tag}) > 0` : sql`strpos(${list}, ${tag}) > 0`);
  for (const [table, issues] of SPEECH) {
    await db.schema
      .createTable(issues)
      .addColumn('issue', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('outlet', 'text')
      .addColumn('speaker_key', 'text')
      .addPrimaryKeyConstraint(`${issues}_pk`, ['issue', 'published', 'record_id'])
      .$call((t) => (sqlite ? t.modifyEnd(sql`without rowid`) : t))
      .execute();
    // MATERIALIZED: SQLite otherwise re-ran the union of the position and status tables for every record.
    await sql`WITH i AS MATERIALIZED (SELECT issue FROM positions UNION SELECT issue FROM statuses)
      INSERT INTO ${sql.table(issues)} (issue, published, record_id, outlet, speaker_key)
      SELECT i.issue, r.published, r.id, r.outlet, r.speaker_key
      FROM ${sql.table(table)} r JOIN i ON ${contains(sql.ref('r.issues'), sql`',' || i.issue || ','`)}
      WHERE r.issues <> ''`.execute(db);
    await db.schema.createIndex(`${table}_outlet`).on(table).columns(['outlet', 'published', 'id']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, issues] of SPEECH) {
    await db.schema.dropIndex(`${table}_outlet`).ifExists().execute();
    await db.schema.dropTable(issues).ifExists().execute();
  }
}
