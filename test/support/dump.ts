import type { Store } from '../../src/store/connect.js';
import type { Database } from '../../src/store/schema.js';

/** Tables and the columns that order their rows; `ingested_at` (a clock value) and `search_vector` are left out. */
const TABLES: Array<[keyof Database, string[]]> = [
  ['documents', ['id']],
  ['stories', ['id']],
  ['lsh_bands', ['band', 'document_id']],
  ['outlets', ['name']],
  ['actors', ['key']],
  ['actor_aliases', ['actor_key', 'alias']],
  ['mentions', ['id']],
  ['quotes', ['id']],
  ['statements', ['id']],
  ['quote_issues', ['issue', 'record_id']],
  ['statement_issues', ['issue', 'record_id']],
  ['timexes', ['id']],
  ['events', ['id']],
  ['event_participants', ['event_id', 'actor_key']],
  ['timeline_events', ['id']],
  ['timeline_participants', ['timeline_id', 'actor_key']],
  ['timeline_stories', ['timeline_id', 'story_id', 'date']],
  ['timeline_sums', ['timeline_id']],
  ['positions', ['id']],
  ['statuses', ['id']],
  ['position_days', ['side', 'issue', 'stance', 'date']],
  ['status_days', ['issue', 'status', 'claimed_by', 'date']],
  ['outlet_issue_days', ['outlet', 'issue', 'date']],
  ['diagnostics', ['id']],
  ['row_counts', ['name']],
];

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every stored row as plain data, sorted in JavaScript (not by the engine's collation), numbers as
 * numbers: two stores with the same content dump equal, whichever engine holds them.
 */
export async function dumpStore(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, keys] of TABLES) {
    const rows = (await store.db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    const clean = rows.map((r) => {
      // `search_vector` is PostgreSQL's stored search index (SQLite keeps it in FTS5 tables).
      const { ingested_at: _, search_vector: __, ...rest } = r;
      return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v]));
    });
    clean.sort((a, b) => {
      for (const k of keys) {
        const c = cmp(String(a[k]), String(b[k]));
        if (c) return c;
      }
      return 0;
    });
    out[table] = clean;
  }
  return out;
}
