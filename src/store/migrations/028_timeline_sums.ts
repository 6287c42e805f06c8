import { PostgresAdapter, sql, type Kysely } from 'kysely';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * What the linker needs to add a report to a timeline event without reading the event's other reports:
 * - `timeline_stories`: which stories each event already counts, overall (`date` '') and per day they gave,
 *   so that a syndicated copy is counted once. A report asks whether its story is new with one insert.
 * - `timeline_sums`: the event's running sums (`EventTally`) as JSON: counts of stories per day, places,
 *   agents and people, with the first report of each.
 * The linker used to read every report of an event it had no sums for in memory: on the 100k store, 3k new
 * articles read 1.5M report rows (21 s and 19 GB of page reads, most of the writer's growth from 10k).
 * Stories are filled from the linked reports here; sums are left to the linker, which computes an event's
 * from its reports the first time it touches one without them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db))
    await db.schema
      .createTable('timeline_stories')
      .addColumn('timeline_id', 'text', (c) => c.notNull())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('timeline_stories_pk', ['timeline_id', 'story_id', 'date'])
      .execute();
  // One b-tree per row on SQLite (as `lsh_bands`): every report linked writes here.
  else
    await sql`create table timeline_stories (
      timeline_id text not null,
      story_id text not null,
      date text not null,
      constraint timeline_stories_pk primary key (timeline_id, story_id, date)
    ) without rowid`.execute(db);
  await db.schema
    .createTable('timeline_sums')
    .addColumn('timeline_id', 'text', (c) => c.primaryKey())
    .addColumn('sums', 'text', (c) => c.notNull())
    .execute();
  await fillTimelineStories(db);
}

/** The stories of the reports linked so far: what the linker would have recorded linking them. */
export async function fillTimelineStories(db: Kysely<any>): Promise<void> {
  await sql`INSERT INTO timeline_stories (timeline_id, story_id, date)
    SELECT DISTINCT e.timeline_id, s.story_id, '' FROM events e JOIN document_sketches s ON s.document_id = e.document_id
    WHERE e.timeline_id IS NOT NULL
    UNION
    SELECT DISTINCT e.timeline_id, s.story_id, e.date FROM events e JOIN document_sketches s ON s.document_id = e.document_id
    WHERE e.timeline_id IS NOT NULL AND e.date IS NOT NULL AND e.date <> ''`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('timeline_sums').ifExists().execute();
  await db.schema.dropTable('timeline_stories').ifExists().execute();
}
