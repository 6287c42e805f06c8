import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';
import { PG_DOCUMENT_VECTOR, PG_QUOTE_VECTOR } from '../search-config.js';

/**
 * PostgreSQL: the search vectors become stored generated columns. Ranking (`ts_rank`) needs the vector
 * of every matching row, and an expression index does not keep it, so a common word made each search
 * re-parse the text of most documents (0.8 s at 1,000 articles). SQLite's FTS5 tables already store it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  for (const [table, vector, index] of [['documents', PG_DOCUMENT_VECTOR, 'documents_search'], ['quotes', PG_QUOTE_VECTOR, 'quotes_search']] as const) {
    await sql.raw(`ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${vector}) STORED`).execute(db);
    await sql.raw(`DROP INDEX IF EXISTS ${index}`).execute(db);
    await sql.raw(`CREATE INDEX ${index} ON ${table} USING gin (search_vector)`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  for (const [table, vector, index] of [['documents', PG_DOCUMENT_VECTOR, 'documents_search'], ['quotes', PG_QUOTE_VECTOR, 'quotes_search']] as const) {
    await sql.raw(`DROP INDEX IF EXISTS ${index}`).execute(db);
    await sql.raw(`ALTER TABLE ${table} DROP COLUMN search_vector`).execute(db);
    await sql.raw(`CREATE INDEX ${index} ON ${table} USING gin (${vector})`).execute(db);
  }
}
