import { sql, type Kysely } from 'kysely';

/**
 * Which actors take part in each timeline event (the union over its reports), so that filtering the timeline
 * by actor or side checks a few rows per event instead of joining every report's participants.
 * Filled from the reports already linked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('timeline_participants')
    .addColumn('timeline_id', 'text', (c) => c.notNull())
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('timeline_participants_pk', ['timeline_id', 'actor_key'])
    .execute();
  await db.schema.createIndex('timeline_participants_actor').on('timeline_participants').columns(['actor_key', 'timeline_id']).execute();
  await sql`INSERT INTO timeline_participants (timeline_id, actor_key)
    SELECT DISTINCT e.timeline_id, p.actor_key FROM events e JOIN event_participants p ON p.event_id = e.id
    WHERE e.timeline_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('timeline_participants').ifExists().execute();
}
