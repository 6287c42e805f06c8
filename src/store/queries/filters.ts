import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Engine } from '../store.js';
import type { Database } from '../schema.js';

/** Filters the list queries share. Every field is optional; absent means "any". */
export interface RecordFilter {
  /** Inclusive YYYY-MM-DD bounds on the record's date (publication day unless the table has its own). */
  since?: string;
  until?: string;
  /** A side id: the speaker's, the position's, the claimant's or a participant's side. */
  side?: string;
  /** An issue id from the profile. */
  issue?: string;
  /** An actor key: the speaker, the source or a participant. */
  actor?: string;
  /** An outlet name, exactly as stored. */
  outlet?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface PageResult<T> {
  items: T[];
  /** Matches, counted up to TOTAL_CAP. */
  total: number;
  /** True when there are more than `total` matches (the count stopped at the cap). */
  totalCapped?: boolean;
}

/**
 * Record lists count their matches up to this many. Past it the page says "1,000+": an exact count of a broad
 * filter would read every match, a cost that grows with the store while the page shows fifty.
 */
export const TOTAL_CAP = 1000;

/** How many rows `query` matches, reading at most TOTAL_CAP + 1 of them. */
export async function cappedTotal<DB, TB extends keyof DB>(
  db: Kysely<Database>,
  query: SelectQueryBuilder<DB, TB, object>,
): Promise<{ total: number; totalCapped: boolean }> {
  const matches = (query as unknown as SelectQueryBuilder<Database, keyof Database, object>).select(sql<number>`1`.as('one')).limit(TOTAL_CAP + 1);
  const row = await db.selectFrom(matches.as('matches')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return capped(Number(row.n));
}

/** A count of at most TOTAL_CAP + 1 rows, as a page reports it. */
const capped = (n: number) => ({ total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP });

/**
 * The actor in `column` is on `side`. A correlated test, not an IN list of the side's actors: with the list,
 * both engines walk the speaker index and sort every match; with the test they walk the date index newest
 * first and stop at the page's end (10k articles: 40 ms -> 1 ms).
 */
export const actorOnSide = (column: string, side: string) =>
  sql<boolean>`exists (select 1 from actors side_actor where side_actor.key = ${sql.ref(column)} and side_actor.side = ${side})`;

/**
 * The document has a mention of an actor on `side`, tested once per candidate document. Written as a scalar
 * subquery because PostgreSQL turns an EXISTS into a semi-join and, misjudging how many mentions match a side,
 * hashed every mention of the store for the capped count (10k articles: 100 ms; per document: a few probes of
 * the mentions index).
 */
export const mentionsSide = (side: string, engine: Engine) =>
  engine === 'postgres'
    ? // The side's actors once per query (an init plan), then a filter on each document's index entries: the
      // join hashed the document's mentions against the side's actors for every document (100k articles, the
      // document list with dates, outlet, side and issue, median: 49 -> 30 ms; the side alone 43 -> 17).
      sql<boolean>`(select 1 from mentions side_mention where side_mention.document_id = documents.id
        and side_mention.actor_key = any(array(select key from actors where side = ${side})) limit 1) is not null`
    : sql<boolean>`(select 1 from mentions side_mention join actors side_actor on side_actor.key = side_mention.actor_key
        where side_mention.document_id = documents.id and side_actor.side = ${side} limit 1) is not null`;

/**
 * The document has a position or a status on `issue`, tested per candidate document: as EXISTS, PostgreSQL
 * hashed every position and status of the issue (a tenth of all records) for each list.
 */
export const hasIssue = (issue: string) =>
  sql<boolean>`coalesce((select 1 from positions issue_position where issue_position.document_id = documents.id and issue_position.issue = ${issue} limit 1),
    (select 1 from statuses issue_status where issue_status.document_id = documents.id and issue_status.issue = ${issue} limit 1)) is not null`;

/** `column` contains `text` literally (LIKE wildcards in it escaped), on both engines. */
const containsLiteral = (column: RawBuilder<unknown>, text: string) =>
  sql<boolean>`${column} like ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** Case-insensitive substring match of user text, wildcards escaped, on both engines. */
export const containsText = (column: string, text: string) => containsLiteral(sql`lower(${sql.ref(column)})`, text.toLowerCase());
