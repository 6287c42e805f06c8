import { sql, type Kysely } from 'kysely';

/**
 * Each actor's first and last publication day, kept by the write batch like its counts, so an actor page
 * does not scan every mention of a much-named actor. Filled from the mentions already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('actors').addColumn('first_seen', 'text').execute();
  await db.schema.alterTable('actors').addColumn('last_seen', 'text').execute();
  await sql`UPDATE actors SET
    first_seen = (SELECT min(d.published) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.actor_key = actors.key),
    last_seen = (SELECT max(d.published) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.actor_key = actors.key)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('actors').dropColumn('last_seen').execute();
  await db.schema.alterTable('actors').dropColumn('first_seen').execute();
}
