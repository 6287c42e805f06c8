import type { Kysely } from 'kysely';

/**
 * The merged timeline: each event report keeps its coarse period, its agent, its participants' keys in order
 * (JSON) and every sentence of its article that tells it (JSON spans); each timeline event keeps its participants' keys (JSON) for matching new
 * reports, its agent, period and the last day it was reported.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('events').addColumn('period', 'text').execute();
  await db.schema.alterTable('events').addColumn('agent_key', 'text').execute();
  await db.schema.alterTable('events').addColumn('evidence', 'text').execute();
  await db.schema.alterTable('events').addColumn('participant_keys', 'text').execute();
  await db.schema.alterTable('timeline_events').addColumn('period', 'text').execute();
  await db.schema.alterTable('timeline_events').addColumn('agent_key', 'text').execute();
  await db.schema.alterTable('timeline_events').addColumn('participant_keys', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('timeline_events').addColumn('last_reported', 'text').execute();
  await db.schema.createIndex('timeline_events_type_date').on('timeline_events').columns(['type', 'date']).execute();
  await db.schema.createIndex('timeline_events_type_reported').on('timeline_events').columns(['type', 'first_reported']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('timeline_events_type_reported').execute();
  await db.schema.dropIndex('timeline_events_type_date').execute();
  for (const c of ['last_reported', 'participant_keys', 'agent_key', 'period']) await db.schema.alterTable('timeline_events').dropColumn(c).execute();
  for (const c of ['participant_keys', 'evidence', 'agent_key', 'period']) await db.schema.alterTable('events').dropColumn(c).execute();
}
