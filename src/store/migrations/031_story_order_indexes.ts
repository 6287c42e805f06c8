import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * PostgreSQL only: the brief counts the distinct stories of each cell in a window up to a cap (`storiesPerCell`:
 * `SELECT DISTINCT story_id ... LIMIT cap + 1`). From the (cell, date, story) indexes of migration 011
 * PostgreSQL hashes every record of the cell in the window before the LIMIT can stop it (~7,800 records per
 * position cell at 100k articles: 137 ms for the positions, 76 for the statuses). With the stories in index
 * order it walks them in order and stops at the cap (17 and 6 ms); for a narrow window it keeps the old plan.
 * SQLite stops at the cap from the date-ordered index already, so it gets nothing to write.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`CREATE INDEX positions_cell_story_order ON positions (side, issue, story_id, date)`.execute(db);
  await sql`CREATE INDEX statuses_issue_story_order ON statuses (issue, story_id, date)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`DROP INDEX IF EXISTS positions_cell_story_order`.execute(db);
  await sql`DROP INDEX IF EXISTS statuses_issue_story_order`.execute(db);
}
