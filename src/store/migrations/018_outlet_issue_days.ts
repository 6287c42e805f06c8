import { sql, type Kysely } from 'kysely';

/**
 * Per outlet, issue and day: the positions and statuses the outlet's articles reported on the issue, and
 * how many of its articles reported either. Kept up to date by each write batch, so the outlet coverage
 * table reads (outlet, issue, day) cells instead of every record. An article has one day, so summing the
 * article counts over days counts each article once. Records without an outlet are left out, as the
 * coverage table leaves them out. Filled from the records already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outlet_issue_days')
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('positions', 'integer', (c) => c.notNull())
    .addColumn('statuses', 'integer', (c) => c.notNull())
    .addColumn('documents', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outlet_issue_days_pk', ['outlet', 'issue', 'date'])
    .execute();
  await sql`INSERT INTO outlet_issue_days (outlet, issue, date, positions, statuses, documents)
    SELECT outlet, issue, date, sum(p), sum(s), count(DISTINCT document_id) FROM (
      SELECT outlet, issue, date, document_id, 1 AS p, 0 AS s FROM positions WHERE outlet IS NOT NULL
      UNION ALL
      SELECT outlet, issue, date, document_id, 0 AS p, 1 AS s FROM statuses WHERE outlet IS NOT NULL
    ) r GROUP BY outlet, issue, date`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outlet_issue_days').ifExists().execute();
}
