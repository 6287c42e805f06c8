import { sql, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';
import { FTS5_TOKENIZE, PG_DOCUMENT_VECTOR, PG_QUOTE_VECTOR } from '../search-config.js';

/**
 * Full-text search over documents (title, cleaned text) and quotes (text, speaker).
 *
 * SQLite: FTS5 tables with external content (the text is not stored twice), kept in step by
 * triggers, so no repository has to know about search. They are keyed on the tables' rowids; VACUUM
 * may renumber the rowids of tables without an INTEGER PRIMARY KEY, so after a VACUUM run
 * `INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')` (and the same for quotes_fts).
 *
 * PostgreSQL: GIN indexes over tsvector expressions (no extra column, so `selectAll()` is unchanged).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql.raw(`CREATE INDEX documents_search ON documents USING gin (${PG_DOCUMENT_VECTOR})`).execute(db);
    await sql.raw(`CREATE INDEX quotes_search ON quotes USING gin (${PG_QUOTE_VECTOR})`).execute(db);
    return;
  }
  const statements = [
    `CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='${FTS5_TOKENIZE}')`,
    `CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
       INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
     END`,
    `CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
       INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
     END`,
    `CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
       INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
       INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
     END`,
    `CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='rowid', tokenize='${FTS5_TOKENIZE}')`,
    `CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
       INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
     END`,
    `CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
       INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
     END`,
    `CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_name ON quotes BEGIN
       INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
       INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
     END`,
    // Index whatever was stored before this migration.
    `INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`,
    `INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql.raw('DROP INDEX IF EXISTS documents_search').execute(db);
    await sql.raw('DROP INDEX IF EXISTS quotes_search').execute(db);
    return;
  }
  for (const t of ['documents_fts_insert', 'documents_fts_delete', 'documents_fts_update', 'quotes_fts_insert', 'quotes_fts_delete', 'quotes_fts_update'])
    await sql.raw(`DROP TRIGGER IF EXISTS ${t}`).execute(db);
  await sql.raw('DROP TABLE IF EXISTS documents_fts').execute(db);
  await sql.raw('DROP TABLE IF EXISTS quotes_fts').execute(db);
}
