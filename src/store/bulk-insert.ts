import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Rows per INSERT statement: well under SQLite's and PostgreSQL's parameter limits. */
const MAX_ROWS = 200;

interface Template {
  /** `insert into "t" ("a", "b") values ` as the engine's compiler writes it. */
  head: string;
  columns: string[];
  /** PostgreSQL numbers its placeholders ($1, $2...); SQLite writes `?`. */
  numbered: boolean;
}

/** Per engine (its dialect adapter), per table and column list. */
const templates = new WeakMap<object, Map<string, Template>>();

/**
 * Inserts many rows of one shape in multi-row INSERTs. The statement's head comes from Kysely once per table
 * and column list (so each engine gets its own quoting and placeholders); the rows are joined as text.
 * Building a Kysely query tree per value cost more than SQLite spent storing the rows. Chunks come in
 * a few fixed sizes (200, then powers of two) so each table needs a handful of prepared statements.
 */
export async function insertRows(db: Kysely<Database> | Transaction<Database>, table: keyof Database & string, rows: readonly object[]): Promise<void> {
  if (!rows.length) return;
  const first = rows[0] as Record<string, unknown>;
  const columns = Object.keys(first);
  const key = `${table}\u0000${columns.join('\u0000')}`;
  const adapter = db.getExecutor().adapter;
  const ofEngine = templates.get(adapter) ?? templates.set(adapter, new Map()).get(adapter)!;
  let template = ofEngine.get(key);
  if (!template) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const { sql } = db.insertInto(table).values(first as any).compile();
    const at = sql.lastIndexOf(' values (');
    if (at < 0) throw new Error(`Unexpected INSERT shape for ${table}: ${sql.slice(0, 80)}`);
    template = { head: sql.slice(0, at + ' values '.length), columns, numbered: /\$1\b/.test(sql.slice(at)) };
    ofEngine.set(key, template);
  }
  let i = 0;
  while (i < rows.length) {
    const n = chunkSize(rows.length - i);
    await db.executeQuery(statement(template, rows.slice(i, i + n), table));
    i += n;
  }
}

/** The largest allowed chunk that fits: MAX_ROWS, else the largest power of two. */
const chunkSize = (left: number): number => (left >= MAX_ROWS ? MAX_ROWS : 2 ** Math.floor(Math.log2(left)));

const sqlCache = new Map<string, string>();

function statement(t: Template, rows: readonly object[], table: string): CompiledQuery {
  const width = t.columns.length;
  const params: unknown[] = new Array(rows.length * width);
  let k = 0;
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    // Counted without Object.keys: this runs for every row of every record table.
    let keys = 0;
    for (const _ in r) keys++;
    if (keys !== width) throw new Error(`Rows of ${table} differ in shape`);
    for (const c of t.columns) {
      const v = r[c];
      if (v === undefined && !(c in r)) throw new Error(`Rows of ${table} differ in shape: no ${c}`);
      params[k++] = v ?? null;
    }
  }
  const cacheKey = `${t.numbered ? '$' : '?'}${rows.length}\u0000${t.head}`;
  let sql = sqlCache.get(cacheKey);
  if (!sql) {
    const groups: string[] = [];
    let p = 1;
    for (let i = 0; i < rows.length; i++) {
      const marks = t.numbered ? t.columns.map(() => `$${p++}`) : t.columns.map(() => '?');
      groups.push(`(${marks.join(', ')})`);
    }
    sql = t.head + groups.join(', ');
    sqlCache.set(cacheKey, sql);
  }
  return CompiledQuery.raw(sql, params);
}
