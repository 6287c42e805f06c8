import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import { PG_TS_CONFIG } from '../search-config.js';
import { TOTAL_CAP, type Page } from './filters.js';
import type { SearchOrder } from './search.js';

/** A table with a `search_vector` column (migration 007) and its alias in the filters and page columns. */
export interface TsvectorSource {
  table: 'documents' | 'quotes';
  alias: 'd' | 'q';
  /**
   * Whether a capped count with filters tests only the rows the filters pass, in date order (see `total`): right
   * for articles, whose vectors (~4 KB) sit in TOAST; a quote's vector is small and in its row, and the
   * planner's own choice (the GIN index, then the filters) is faster there (10k articles, "peace" since a
   * date: 8 ms, 58 with the date-order walk).
   */
  filtersFirst: boolean;
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
  query: { tsq: RawBuilder<unknown>; filters: RawBuilder<unknown>[]; page: Page; rankLimit: number; columns: RawBuilder<unknown> },
): Promise<{ rows: R[]; total: number; totalCapped: boolean; order: SearchOrder }> {
  const { tsq, filters, page, rankLimit, columns } = query;
  const content = sql.raw(`${source.table} ${source.alias}`);
  const x = (column: string) => sql.ref(`${source.alias}.${column}`);
  const test = sql`${x('search_vector')} @@ ${tsq}`;
  // The filters first: a row they reject is not tested against the vector, which is read from TOAST.
  const matching = sql`from ${content} where ${sql.join([...filters, test], sql` and `)}`;
  // Counted up to the cap, so that without filters this is also the page's count.
  const hits = Number((await sql<{ n: string | number }>`select count(*) as n from (select 1 from ${content} where ${test} limit ${TOTAL_CAP + 1}) h`.execute(db)).rows[0]?.n ?? 0);
  const order: SearchOrder = hits <= rankLimit ? 'relevance' : 'newest';
  // Newest first means over RANK_LIMIT articles match the words. Articles: the rows the filters pass are read in date
  // order (a fence: `offset 0` keeps the subquery whole) and only those are tested against their vectors, until
  // the cap. Left to itself the planner tested the vector before the outlet (it costs a vector test like a
  // comparison) in a sequential scan, or rechecked every match of the words from the GIN index before the
  // filters: 10k articles, a phrase and three filters, 42 -> 15 ms (median of 7).
  const total = !filters.length
    ? sql`${hits}::int`
    : source.filtersFirst
    ? sql`(select count(*) from (select 1 from (select ${x('search_vector')} as v from ${content} where ${sql.join(filters, sql` and `)}
        order by ${x('published')} desc, ${x('id')} offset 0) f where f.v @@ ${tsq} limit ${TOTAL_CAP + 1}) c)`
    : sql`(select count(*) from (select 1 ${matching} order by ${x('published')} desc, ${x('id')} limit ${TOTAL_CAP + 1}) c)`;
  // The count comes back on every row, and on a row of nulls when the page is empty.
  const result =
    order === 'relevance'
      ? await sql<R & { total: string | number }>`
          with matches as materialized (select ${x('id')} as id, ts_rank(${x('search_vector')}, ${tsq}) as rank ${matching}),
            h as (select id, rank from matches order by rank desc, id limit ${page.limit} offset ${page.offset})
          select n.total, ${columns}
          from (select count(*) as total from matches) n left join (h join ${content} on ${x('id')} = h.id) on true
          order by h.rank desc, h.id`.execute(db)
      : await sql<R & { total: string | number }>`
          with h as (select ${x('id')} as id, ${x('published')} as published ${matching}
            order by ${x('published')} desc, ${x('id')} limit ${page.limit} offset ${page.offset})
          select n.total, ${columns}
          from (select ${total} as total) n left join (h join ${content} on ${x('id')} = h.id) on true
          order by h.published desc, h.id`.execute(db);
  const count = Number(result.rows[0]?.total ?? 0);
  return { rows: result.rows.filter((r) => r.id !== null), total: Math.min(count, TOTAL_CAP), totalCapped: count > TOTAL_CAP, order };
}
