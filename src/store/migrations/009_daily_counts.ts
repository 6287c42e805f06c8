import { sql, type Kysely } from 'kysely';

/**
 * Per-day counts of positions (side, issue, stance) and statuses (issue, status, claimant; '' for none),
 * kept up to date by each write batch, so the stance matrix reads days and cells instead of every record.
 * Filled from the records already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('position_days')
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('position_days_pk', ['side', 'issue', 'stance', 'date'])
    .execute();
  await db.schema
    .createTable('status_days')
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_days_pk', ['issue', 'status', 'claimed_by', 'date'])
    .execute();
  await sql`INSERT INTO position_days (side, issue, stance, date, n)
    SELECT side, issue, stance, date, count(*) FROM positions GROUP BY side, issue, stance, date`.execute(db);
  await sql`INSERT INTO status_days (issue, status, claimed_by, date, n)
    SELECT issue, status, coalesce(claimed_by, ''), date, count(*) FROM statuses GROUP BY issue, status, coalesce(claimed_by, ''), date`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('status_days').ifExists().execute();
  await db.schema.dropTable('position_days').ifExists().execute();
}
