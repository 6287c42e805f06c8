import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from '../engine.js';
import type { Database } from '../schema.js';
import { PG_TS_CONFIG } from '../search-config.js';
import { actorOnSide, TOTAL_CAP, type Page, type PageResult } from './filters.js';
import { inRowidOrder, pageFts5 } from './search-fts5.js';
import { CLOSE, OPEN, parseMarked, toFts5Query, type Highlighted } from './search-syntax.js';
import { pageTsvector, WALK_LIMIT, webQuery } from './search-tsvector.js';

export { parseMarked, toFts5Query, type Highlighted } from './search-syntax.js';

export interface SearchFilter {
  since?: string;
  until?: string;
  outlet?: string;
  /** Quotes only: the speaker. */
  actor?: string;
  /** Quotes only: the speaker's side. */
  side?: string;
}

export interface DocumentHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string;
  snippet: Highlighted;
}

export interface QuoteHit {
  id: string;
  documentId: string;
  outlet: string | null;
  published: string;
  speaker: string | null;
  speakerKey: string | null;
  quote: Highlighted;
}

/** How hits are ordered: `relevance` (bm25 or ts_rank, then id) or `newest` (publication date, then id). */
export type SearchOrder = 'relevance' | 'newest';

export interface SearchResult<T> extends PageResult<T> {
  order: SearchOrder;
}

/**
 * Search ranks by relevance when at most this many articles (or quotes) of the store match the words; when
 * more do, hits come newest first, as the lists do. The filters do not enter the choice: the same words are
 * always ordered the same way. A common word matches most articles, and ranking all of them grew with the
 * store (100k articles: ~200 ms for "talks"); ranking only some cannot be bounded on SQLite (see
 * `pageFts5`), and for words that common the newest matches are what a reader is after. Before this,
 * every search was ordered by relevance.
 */
export const RANK_LIMIT = TOTAL_CAP;

export interface SearchOptions {
  /** Rank by relevance up to this many matches (1 to RANK_LIMIT; tests use a few to pass it on a small store). */
  rankLimit?: number;
  /** PostgreSQL: rows a filtered count may walk before it leaves the count to the planner (tests use a few). */
  walkLimit?: number;
}

const walkLimitOf = (o: SearchOptions) => Math.max(1, Math.floor(o.walkLimit ?? WALK_LIMIT));
const rankLimitOf = (o: SearchOptions) => Math.max(1, Math.min(RANK_LIMIT, Math.floor(o.rankLimit ?? RANK_LIMIT)));

const dateAndOutlet = (alias: string, f: SearchFilter): RawBuilder<unknown>[] => {
  const parts: RawBuilder<unknown>[] = [];
  if (f.since) parts.push(sql`${sql.ref(`${alias}.published`)} >= ${f.since}`);
  if (f.until) parts.push(sql`${sql.ref(`${alias}.published`)} <= ${f.until}`);
  if (f.outlet) parts.push(sql`${sql.ref(`${alias}.outlet`)} = ${f.outlet}`);
  return parts;
};

const EMPTY = { total: 0, totalCapped: false, order: 'relevance' } as const;

/** Full-text search over document titles and texts: best matches first, or newest first for common words (see RANK_LIMIT). */
export async function searchDocuments(
  db: Kysely<Database>,
  query: string,
  filter: SearchFilter,
  page: Page,
  options: SearchOptions = {},
): Promise<SearchResult<DocumentHit>> {
  const filters = dateAndOutlet('d', filter);
  const rankLimit = rankLimitOf(options);
  type Row = { id: string; title: string | null; outlet: string | null; published: string; snip: string };
  const shape = (r: Row): DocumentHit => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: parseMarked(r.snip) });
  if (engineOf(db) === 'postgres') {
    const tsq = webQuery(query);
    const headline = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const { rows, ...rest } = await pageTsvector<Row>(db, { table: 'documents', alias: 'd', walkFilteredRows: true }, {
      tsq, filters, page, rankLimit, walkLimit: walkLimitOf(options),
      columns: sql`d.id, d.title, d.outlet, d.published, ts_headline(${PG_TS_CONFIG}::regconfig, d.text, ${tsq}, ${headline}) as snip`,
    });
    return { ...rest, items: rows.map(shape) };
  }
  const match = toFts5Query(query);
  if (!match) return { ...EMPTY, items: [] };
  const score = sql<number>`bm25(documents_fts, 4.0, 1.0)`;
  const { rowids, ...rest } = await pageFts5(db, { fts: 'documents_fts', table: 'documents', alias: 'd', score }, { match, filters, page, rankLimit });
  if (!rowids.length) return { ...rest, items: [] };
  // Snippets for the page only: each is one FTS5 lookup by rowid (~0.1 ms) that tokenizes one article.
  const rows = await sql<Row & { rid: number }>`
    select documents_fts.rowid as rid, d.id, d.title, d.outlet, d.published, snippet(documents_fts, 1, ${OPEN}, ${CLOSE}, '…', 28) as snip
    from documents_fts cross join documents d on d.rowid = documents_fts.rowid
    where documents_fts match ${match} and documents_fts.rowid in (select value from json_each(${JSON.stringify(rowids)}))`.execute(db);
  return { ...rest, items: inRowidOrder(rows.rows, rowids).map(shape) };
}

/** Full-text search over quotes (their words and the speaker's name): best first, or newest first for common words (see RANK_LIMIT). */
export async function searchQuotes(
  db: Kysely<Database>,
  query: string,
  filter: SearchFilter,
  page: Page,
  options: SearchOptions = {},
): Promise<SearchResult<QuoteHit>> {
  // Quotes keep their article's outlet (migration 014), so no filter needs the documents table.
  const filters = dateAndOutlet('q', filter);
  if (filter.actor) filters.push(sql`q.speaker_key = ${filter.actor}`);
  if (filter.side) filters.push(actorOnSide('q.speaker_key', filter.side));
  const rankLimit = rankLimitOf(options);
  type Row = { id: string; document_id: string; outlet: string | null; published: string; speaker_name: string | null; speaker_key: string | null; marked: string };
  const shape = (r: Row): QuoteHit => ({
    id: r.id,
    documentId: r.document_id,
    outlet: r.outlet,
    published: r.published,
    speaker: r.speaker_name,
    speakerKey: r.speaker_key,
    quote: parseMarked(r.marked),
  });
  if (engineOf(db) === 'postgres') {
    const tsq = webQuery(query);
    const { rows, ...rest } = await pageTsvector<Row>(db, { table: 'quotes', alias: 'q', walkFilteredRows: false }, {
      tsq, filters, page, rankLimit, walkLimit: walkLimitOf(options),
      columns: sql`q.id, q.document_id, q.outlet, q.published, q.speaker_name, q.speaker_key,
        ts_headline(${PG_TS_CONFIG}::regconfig, q.text, ${tsq}, ${`StartSel=${OPEN}, StopSel=${CLOSE}, HighlightAll=true`}) as marked`,
    });
    return { ...rest, items: rows.map(shape) };
  }
  const match = toFts5Query(query);
  if (!match) return { ...EMPTY, items: [] };
  const { rowids, ...rest } = await pageFts5(db, { fts: 'quotes_fts', table: 'quotes', alias: 'q', score: sql<number>`bm25(quotes_fts)` }, { match, filters, page, rankLimit });
  if (!rowids.length) return { ...rest, items: [] };
  const rows = await sql<Row & { rid: number }>`
    select quotes_fts.rowid as rid, q.id, q.document_id, q.outlet, q.published, q.speaker_name, q.speaker_key,
      highlight(quotes_fts, 0, ${OPEN}, ${CLOSE}) as marked
    from quotes_fts cross join quotes q on q.rowid = quotes_fts.rowid
    where quotes_fts match ${match} and quotes_fts.rowid in (select value from json_each(${JSON.stringify(rowids)}))`.execute(db);
  return { ...rest, items: inRowidOrder(rows.rows, rowids).map(shape) };
}
