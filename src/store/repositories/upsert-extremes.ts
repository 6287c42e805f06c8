import { sql, type RawBuilder } from 'kysely';

/**
 * The earlier (or later) of a stored value and the incoming one in an upsert, a stored NULL losing.
 * Spelled as CASE because SQLite has no LEAST/GREATEST and PostgreSQL's min() is an aggregate.
 */
function pick(op: '<' | '>', stored: string, incoming: string): RawBuilder<string> {
  const [s, i] = [sql.ref(stored), sql.ref(incoming)];
  return sql<string>`CASE WHEN ${s} IS NULL OR ${i} ${sql.raw(op)} ${s} THEN ${i} ELSE ${s} END`;
}

/** `earlierOf('actors.first_seen', 'excluded.first_seen')`: keeps the earliest day seen. */
export const earlierOf = (stored: string, incoming: string): RawBuilder<string> => pick('<', stored, incoming);

/** `laterOf('actors.last_seen', 'excluded.last_seen')`: keeps the latest day seen. */
export const laterOf = (stored: string, incoming: string): RawBuilder<string> => pick('>', stored, incoming);
