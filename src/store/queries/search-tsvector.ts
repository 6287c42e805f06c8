import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import { PG_TS_CONFIG } from '../search-config.js';
import { TOTAL_CAP, type Page } from './filters.js';
import type { SearchOrder } from './search.js';

/** A table with a `search_vector` column (migration 007) and its alias in the filters and page columns. */
export interface TsvectorSource {
  table: 'documents' | 'quotes';
  alias: 'd' | 'q';
  /** Whether the capped count with filters first walks the rows the filters pass (see `walkFilters`). */
  walkFilteredRows: boolean;
}

/** The tsquery of what a user typed: PostgreSQL's web-search syntax never fails on input. */
export const webQuery = (input: string) => sql`websearch_to_tsquery(${PG_TS_CONFIG}::regconfig, ${input})`;

/**
 * The page of matches of `tsq` that pass `filters` (conditions on the alias), with the capped count;
 * `columns` are the page's output columns on the same alias, so headlines (~0.5 ms an article: they parse
 * the whole text) are made for the page alone.
 * - At most `rankLimit` matches in the store: all are ranked by ts_rank (which reads each one's vector).
 * - More: newest first, as on SQLite. The planner walks the date (or outlet) index newest first testing
 *   each row, and stops at the page's end; the count stops at the cap.
 */
export async function pageTsvector<R extends { id: string | null }>(
  db: Kysely<Database>,
  source: TsvectorSource,
  query: { tsq: RawBuilder<unknown>; filters: RawBuilder<unknown>[]; page: Page; rankLimit: number; walkLimit: number; columns: RawBuilder<unknown> },
): Promise<{ rows: R[]; total: number; totalCapped: boolean; order: SearchOrder }> {
  const { tsq, filters, page, rankLimit, walkLimit, columns } = query;
  const content = sql.raw(`${source.table} ${source.alias}`);
  const x = (column: string) => sql.ref(`${source.alias}.${column}`);
  const test = sql`${x('search_vector')} @@ ${tsq}`;
  // The filters first: a row they reject is not tested against the vector, which is read from TOAST.
  const matching = sql`from ${content} where ${sql.join([...filters, test], sql` and `)}`;
  // Counted up to the cap: more than `rankLimit` matches in the store are listed newest first. With filters,
  // articles' walk (`walkFilters`) runs beside it on another connection: a newest-first page needs it, and
  // the two take about as long (100k articles, a phrase, dates and an outlet: ~28 ms each).
  const [counted, walk] = await Promise.all([
    sql<{ n: string | number }>`select count(*) as n from (select 1 from ${content} where ${test} limit ${TOTAL_CAP + 1}) h`.execute(db),
    filters.length && source.walkFilteredRows ? walkFilters(db, { content, x, tsq, filters, walkLimit }) : null,
  ]);
  const hits = Number(counted.rows[0]?.n ?? 0);
  const order: SearchOrder = hits <= rankLimit ? 'relevance' : 'newest';
  // The count comes back on every row, and on a row of nulls when the page is empty.
  let result: { rows: Array<R & { total: string | number }> };
  if (order === 'relevance') {
    result = await sql<R & { total: string | number }>`
      with matches as materialized (select ${x('id')} as id, ts_rank(${x('search_vector')}, ${tsq}) as rank ${matching}),
        h as (select id, rank from matches order by rank desc, id limit ${page.limit} offset ${page.offset})
      select n.total, ${columns}
      from (select count(*) as total from matches) n left join (h join ${content} on ${x('id')} = h.id) on true
      order by h.rank desc, h.id`.execute(db);
  } else {
    // Capped, so that without filters `hits` is also the page's count.
    const total = !filters.length
      ? sql`${hits}::int`
      : walk && (walk.matched > TOTAL_CAP || walk.passed <= walkLimit)
        ? sql`${walk.matched}::int`
        : sql`(select count(*) from (select 1 ${matching} order by ${x('published')} desc, ${x('id')} limit ${TOTAL_CAP + 1}) c)`;
    result = await sql<R & { total: string | number }>`
      with h as (select ${x('id')} as id, ${x('published')} as published ${matching}
        order by ${x('published')} desc, ${x('id')} limit ${page.limit} offset ${page.offset})
      select n.total, ${columns}
      from (select ${total} as total) n left join (h join ${content} on ${x('id')} = h.id) on true
      order by h.published desc, h.id`.execute(db);
  }
  const count = Number(result.rows[0]?.total ?? 0);
  return { rows: result.rows.filter((r) => r.id !== null), total: Math.min(count, TOTAL_CAP), totalCapped: count > TOTAL_CAP, order };
}

/**
 * Rows the filters pass that the capped count of a newest-first search may read (newest first), testing each
 * one's vector (~6 µs a row from TOAST): a bound on that count's cost (~25 ms).
 */
export const WALK_LIMIT = 4000;

/**
 * For the capped count of the matches that pass the filters when a search is newest first: left to itself the
 * planner tested the vector before the outlet in a sequential scan (a vector test costs it no more than a
 * comparison), or rechecked every match of the words from the GIN index before the filters (10k articles, a
 * phrase, a date window and an outlet: 42 ms). This walks the rows the filters pass, newest first (`offset 0`
 * keeps that subquery whole), testing only those, for at most `walkLimit` rows (15 ms there). `matched` is the
 * count when it passes the cap or when every row the filters pass was read (`passed` <= `walkLimit`); else
 * (many rows, few matches among the newest) the page asks the planner. Quotes do without: their vectors are
 * small and in the row, and the GIN index then the filters was faster (10k, "peace" since a date: 8 ms, 58
 * with the walk).
 */
async function walkFilters(
  db: Kysely<Database>,
  q: { content: RawBuilder<unknown>; x: (column: string) => RawBuilder<unknown>; tsq: RawBuilder<unknown>; filters: RawBuilder<unknown>[]; walkLimit: number },
): Promise<{ matched: number; passed: number }> {
  const { content, x } = q;
  const where = sql.join(q.filters, sql` and `);
  const probe = await sql<{ matched: string | number; passed: string | number }>`select
      (select count(*) from (select 1 from (select ${x('search_vector')} as v from ${content} where ${where}
        order by ${x('published')} desc, ${x('id')} limit ${q.walkLimit} offset 0) f where f.v @@ ${q.tsq} limit ${TOTAL_CAP + 1}) m) as matched,
      (select count(*) from (select 1 from ${content} where ${where} limit ${q.walkLimit + 1}) p) as passed`.execute(db);
  return { matched: Number(probe.rows[0]?.matched ?? 0), passed: Number(probe.rows[0]?.passed ?? 0) };
}
