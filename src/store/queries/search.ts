import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from '../engine.js';
import type { Database } from '../schema.js';
import { PG_TS_CONFIG } from '../search-config.js';
import { cappedCount, type Page, type PageResult } from './filters.js';

export interface SearchFilter {
  since?: string;
  until?: string;
  outlet?: string;
  /** Quotes only: the speaker. */
  actor?: string;
  /** Quotes only: the speaker's side. */
  side?: string;
}

/** Text with the matched words marked by offsets, so a client can highlight them without parsing markup. */
export interface Highlighted {
  text: string;
  highlights: Array<{ start: number; end: number }>;
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

// Private-use characters mark matches inside snippets; they never reach a client.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MAX_TERMS = 16;

/** Splits marked snippet text into plain text and highlight offsets (stray markers are dropped). */
export function parseMarked(marked: string): Highlighted {
  let text = '';
  const highlights: Highlighted['highlights'] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}

/**
 * Turns what a user typed into a safe FTS5 query: quoted phrases stay phrases, other words become
 * quoted terms (so FTS5 operators and syntax errors cannot come from input), `word*` keeps its prefix
 * star; all terms must match. Returns null when nothing searchable is left.
 *
 * @example toFts5Query('Witkoff "peace plan" Kush*') === '"witkoff" "peace plan" "kush"*'
 */
export function toFts5Query(input: string): string | null {
  const terms: string[] = [];
  const re = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’-]*)(\*)?/gu;
  for (const m of input.matchAll(re)) {
    if (terms.length >= MAX_TERMS) break;
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words?.length) terms.push(`"${words.join(' ').toLowerCase()}"`);
    } else if (m[2]) {
      const words = m[2].match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length) terms.push(`"${words.join(' ').toLowerCase()}"${m[3] && words.length === 1 ? '*' : ''}`);
    }
  }
  return terms.length ? terms.join(' ') : null;
}

const dateAndOutlet = (alias: string, f: SearchFilter): RawBuilder<unknown>[] => {
  const parts: RawBuilder<unknown>[] = [];
  if (f.since) parts.push(sql`${sql.ref(`${alias}.published`)} >= ${f.since}`);
  if (f.until) parts.push(sql`${sql.ref(`${alias}.published`)} <= ${f.until}`);
  if (f.outlet) parts.push(sql`${sql.ref(`${alias}.outlet`)} = ${f.outlet}`);
  return parts;
};

const and = (parts: RawBuilder<unknown>[]) => (parts.length ? sql` and ${sql.join(parts, sql` and `)}` : sql``);

/** Full-text search over document titles and texts, best matches first. */
export async function searchDocuments(db: Kysely<Database>, query: string, filter: SearchFilter, page: Page): Promise<PageResult<DocumentHit>> {
  const where = and(dateAndOutlet('d', filter));
  if (engineOf(db) === 'postgres') {
    const vector = sql.ref('d.search_vector');
    const tsq = sql`websearch_to_tsquery(${PG_TS_CONFIG}::regconfig, ${query})`;
    const [rows, total] = await Promise.all([
      sql<{ id: string; title: string | null; outlet: string | null; published: string; snip: string }>`
        select h.id, h.title, h.outlet, h.published,
          ts_headline(${PG_TS_CONFIG}::regconfig, h.text, ${tsq}, ${`StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as snip
        from (select d.id, d.title, d.outlet, d.published, d.text, ts_rank(${vector}, ${tsq}) as rank
              from documents d where ${vector} @@ ${tsq}${where}
              order by rank desc, d.id limit ${page.limit} offset ${page.offset}) h
        order by h.rank desc, h.id`.execute(db),
      cappedCount(db, sql`from documents d where ${vector} @@ ${tsq}${where}`),
    ]);
    return {
      ...total,
      items: rows.rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: parseMarked(r.snip) })),
    };
  }
  const match = toFts5Query(query);
  if (!match) return { total: 0, items: [] };
  // CROSS JOIN keeps the full-text match as the outer loop: given the choice, SQLite may walk an outlet's
  // documents by index and run the match once per document (30k articles: 9 s instead of 0.1).
  const [rows, total] = await Promise.all([
    sql<{ id: string; title: string | null; outlet: string | null; published: string; snip: string }>`
      select d.id, d.title, d.outlet, d.published, snippet(documents_fts, 1, ${OPEN}, ${CLOSE}, '…', 28) as snip
      from documents_fts cross join documents d on d.rowid = documents_fts.rowid
      where documents_fts match ${match}${where}
      order by bm25(documents_fts, 4.0, 1.0), d.id limit ${page.limit} offset ${page.offset}`.execute(db),
    cappedCount(db, sql`from documents_fts cross join documents d on d.rowid = documents_fts.rowid where documents_fts match ${match}${where}`),
  ]);
  return {
    ...total,
    items: rows.rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: parseMarked(r.snip) })),
  };
}

/** Full-text search over quotes (their words and the speaker's name), best matches first. */
export async function searchQuotes(db: Kysely<Database>, query: string, filter: SearchFilter, page: Page): Promise<PageResult<QuoteHit>> {
  const parts = [...dateAndOutlet('d', { ...filter, since: undefined, until: undefined })];
  if (filter.since) parts.push(sql`q.published >= ${filter.since}`);
  if (filter.until) parts.push(sql`q.published <= ${filter.until}`);
  if (filter.actor) parts.push(sql`q.speaker_key = ${filter.actor}`);
  if (filter.side) parts.push(sql`q.speaker_key in (select key from actors where side = ${filter.side})`);
  const where = and(parts);
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
    const vector = sql.ref('q.search_vector');
    const tsq = sql`websearch_to_tsquery(${PG_TS_CONFIG}::regconfig, ${query})`;
    const [rows, total] = await Promise.all([
      sql<Row>`
        select q.id, q.document_id, d.outlet, q.published, q.speaker_name, q.speaker_key,
          ts_headline(${PG_TS_CONFIG}::regconfig, q.text, ${tsq}, ${`StartSel=${OPEN}, StopSel=${CLOSE}, HighlightAll=true`}) as marked
        from quotes q join documents d on d.id = q.document_id
        where ${vector} @@ ${tsq}${where}
        order by ts_rank(${vector}, ${tsq}) desc, q.id limit ${page.limit} offset ${page.offset}`.execute(db),
      cappedCount(db, sql`from quotes q join documents d on d.id = q.document_id where ${vector} @@ ${tsq}${where}`),
    ]);
    return { ...total, items: rows.rows.map(shape) };
  }
  const match = toFts5Query(query);
  if (!match) return { total: 0, items: [] };
  const [rows, total] = await Promise.all([
    sql<Row>`
      select q.id, q.document_id, d.outlet, q.published, q.speaker_name, q.speaker_key,
        highlight(quotes_fts, 0, ${OPEN}, ${CLOSE}) as marked
      from quotes_fts cross join quotes q on q.rowid = quotes_fts.rowid join documents d on d.id = q.document_id
      where quotes_fts match ${match}${where}
      order by bm25(quotes_fts), q.id limit ${page.limit} offset ${page.offset}`.execute(db),
    cappedCount(db, sql`from quotes_fts cross join quotes q on q.rowid = quotes_fts.rowid join documents d on d.id = q.document_id where quotes_fts match ${match}${where}`),
  ]);
  return { ...total, items: rows.rows.map(shape) };
}
