import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

type Db = Kysely<Database>;

/** The `meta` row naming the last transaction that changed the timeline. */
const WRITER_KEY = 'timeline_writer';

/** Leaves a fresh writer token: what any writer remembers of the timeline is stale from this commit on. */
export async function markTimelineWritten(db: Db): Promise<string> {
  const token = randomUUID();
  const row = { value: token, updated_at: new Date().toISOString() };
  await db
    .insertInto('meta')
    .values({ key: WRITER_KEY, ...row })
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
  return token;
}

/** The token the last committed timeline writer left, if any. */
export async function lastTimelineWriter(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', WRITER_KEY).executeTakeFirst();
  return row?.value;
}
