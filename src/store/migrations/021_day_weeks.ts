import { sql, type Kysely } from 'kysely';
import { isoWeek } from '../../core/dates.js';

/**
 * The ISO week of each per-day count row, so the matrix sums weeks in SQL (a week matrix reads one row per
 * cell, stance and week instead of one per day). Months need no column: both engines take substr(date, 1, 7).
 * The week is filled here from the days already stored (a few hundred distinct days), then by each write.
 * The covering indexes let SQLite sum a cell's weeks in index order without reading the table (30k articles:
 * week matrix 80 -> 25 ms).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['position_days', 'status_days']) {
    await db.schema.alterTable(table).addColumn('week', 'text', (c) => c.notNull().defaultTo('')).execute();
    const days = await db.selectFrom(table).select('date').distinct().execute();
    for (const { date } of days as Array<{ date: string }>)
      await db.updateTable(table).set({ week: isoWeek(date) }).where('date', '=', date).execute();
  }
  await db.schema.createIndex('position_days_weeks').on('position_days').columns(['side', 'issue', 'stance', 'week', 'date', 'n']).execute();
  await db.schema.createIndex('status_days_weeks').on('status_days').columns(['issue', 'status', 'week', 'date', 'claimed_by', 'n']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('status_days_weeks').ifExists().execute();
  await db.schema.dropIndex('position_days_weeks').ifExists().execute();
  for (const table of ['position_days', 'status_days']) await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN week`.execute(db);
}
