import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import { TOTAL_CAP, type Page } from './filters.js';
import type { SearchOrder } from './search.js';

/** An FTS5 table, the content table it indexes (and that table's alias in the filters), and its score. */
export interface Fts5Source {
  fts: 'documents_fts' | 'quotes_fts';
  table: 'documents' | 'quotes';
  alias: 'd' | 'q';
  /** bm25 with the table's column weights: lower is better. */
  score: RawBuilder<number>;
}

/** One page of matches as rowids of the content table, in `order`, with the capped count. */
export interface Fts5Page {
  rowids: number[];
  total: number;
  totalCapped: boolean;
  order: SearchOrder;
}

const capped = (n: number) => ({ total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP });

/**
 * The page of matches of `match` that pass `filters` (conditions on the content table's alias).
 * - At most `rankLimit` matches in the store: each is joined to its row, filtered and ranked by bm25.
 * - More: newest first. Ranking only some matches would not bound the cost: bm25's first call in a query
 *   walks every match of each phrase to weigh it. Instead the date index (or the outlet's) is walked newest
 *   first against the set of matching rowids and stops at the cap. The set costs one walk of the matches'
 *   rowids (100k matches: ~15 ms); what grew before was reading every match's row and scoring it.
 * `+rowid` keeps the set test out of the indexes: offered to FTS5 it becomes one full query per rowid, and
 * offered to the content table it makes the planner read every match's row and sort them.
 */
export async function pageFts5(
  db: Kysely<Database>,
  source: Fts5Source,
  query: { match: string; filters: RawBuilder<unknown>[]; page: Page; rankLimit: number },
): Promise<Fts5Page> {
  const { match, filters, page, rankLimit } = query;
  const where = filters.length ? sql` and ${sql.join(filters, sql` and `)}` : sql``;
  const fts = sql.raw(source.fts);
  const content = sql.raw(`${source.table} ${source.alias}`);
  const x = (column: string) => sql.ref(`${source.alias}.${column}`);
  const slice = (rows: Array<{ rid: number }>) => rows.slice(page.offset, page.offset + page.limit).map((r) => r.rid);
  const hits = await sql<{ n: number }>`select count(*) as n from (select 1 from ${fts} where ${fts} match ${match} limit ${rankLimit + 1})`.execute(db);
  if (Number(hits.rows[0]?.n ?? 0) <= rankLimit) {
    const ranked = await sql<{ rid: number }>`select ${fts}.rowid as rid from ${fts} cross join ${content} on ${x('rowid')} = ${fts}.rowid
      where ${fts} match ${match}${where} order by ${source.score}, ${x('id')}`.execute(db);
    return { rowids: slice(ranked.rows), ...capped(ranked.rows.length), order: 'relevance' };
  }
  const newest = (limit: number, offset: number) =>
    sql<{ rid: number }>`select ${x('rowid')} as rid from ${content}
      where +${x('rowid')} in (select rowid from ${fts} where ${fts} match ${match})${where}
      order by ${x('published')} desc, ${x('id')} limit ${limit} offset ${offset}`.execute(db);
  // One read gives the count and, unless the page lies past the cap, the page.
  const first = (await newest(TOTAL_CAP + 1, 0)).rows;
  const rowids = first.length <= TOTAL_CAP || page.offset + page.limit <= first.length ? slice(first) : (await newest(page.limit, page.offset)).rows.map((r) => r.rid);
  return { rowids, ...capped(first.length), order: 'newest' };
}

/** `rows` (each with its rowid as `rid`) in the order of `rowids`. */
export function inRowidOrder<T extends { rid: number }>(rows: T[], rowids: number[]): T[] {
  const at = new Map(rows.map((r) => [r.rid, r]));
  return rowids.flatMap((rid) => at.get(rid) ?? []);
}
