import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { num } from './shape.js';

export interface ActorDetail {
  key: string;
  name: string;
  kind: string;
  side: string;
  known: boolean;
  role: string | null;
  mentionCount: number;
  documentCount: number;
  aliases: Array<{ alias: string; count: number }>;
  /** Quotes, statements and positions sourced to the actor per publication day: the "over time" view. */
  activity: Array<{ date: string; quotes: number; statements: number }>;
  eventCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** One actor with aliases and what they said over time. Null when unknown. */
export async function getActor(db: Kysely<Database>, key: string): Promise<ActorDetail | null> {
  const a = await db.selectFrom('actors').selectAll().where('key', '=', key).executeTakeFirst();
  if (!a) return null;
  const [aliases, quotes, statements, events] = await Promise.all([
    db.selectFrom('actor_aliases').select(['alias', 'count']).where('actor_key', '=', key).orderBy('count', 'desc').orderBy('alias').limit(100).execute(),
    db
      .selectFrom('quotes')
      .select((eb) => ['published', eb.fn.countAll().as('n')])
      .where('speaker_key', '=', key)
      .groupBy('published')
      .execute(),
    db
      .selectFrom('statements')
      .select((eb) => ['published', eb.fn.countAll().as('n')])
      .where('speaker_key', '=', key)
      .groupBy('published')
      .execute(),
    db.selectFrom('event_participants').select((eb) => eb.fn.countAll().as('n')).where('actor_key', '=', key).executeTakeFirstOrThrow(),
  ]);
  const days = new Map<string, { date: string; quotes: number; statements: number }>();
  const day = (d: string) => days.get(d) ?? days.set(d, { date: d, quotes: 0, statements: 0 }).get(d)!;
  for (const q of quotes) day(q.published).quotes += num(q.n);
  for (const s of statements) day(s.published).statements += num(s.n);
  return {
    key: a.key,
    name: a.name,
    kind: a.kind,
    side: a.side,
    known: a.known === 1,
    role: a.role,
    mentionCount: a.mention_count,
    documentCount: a.document_count,
    aliases: aliases.map((r) => ({ alias: r.alias, count: num(r.count) })),
    activity: [...days.values()].sort((x, y) => x.date.localeCompare(y.date)),
    eventCount: num(events.n),
    firstSeen: a.first_seen,
    lastSeen: a.last_seen,
  };
}
