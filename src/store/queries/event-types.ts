import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The event types stored, in order. A loose index scan over `events (type, date)`: one index search per type
 * (the next type after the last), where `SELECT DISTINCT type` read every event (28 ms at 100k articles on
 * SQLite, 46 on PostgreSQL). Both engines run the recursive query.
 */
export async function eventTypes(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ type: string | null }>`
    WITH RECURSIVE t(type) AS (
      SELECT min(type) FROM events
      UNION ALL
      SELECT (SELECT min(e.type) FROM events e WHERE e.type > t.type) FROM t WHERE t.type IS NOT NULL
    )
    SELECT type FROM t WHERE type IS NOT NULL ORDER BY type`.execute(db);
  return rows.map((r) => r.type!);
}
