/**
 * Full-text search settings shared by migration 002 and `queries/search.ts`, so the indexed
 * expressions and the queried ones cannot drift apart.
 */

/** SQLite FTS5 tokenizer: Porter stemming over Unicode words, diacritics folded ("Türkiye" finds "Turkiye"). */
export const FTS5_TOKENIZE = "porter unicode61 remove_diacritics 2";

/** PostgreSQL text search configuration (stemming, stop words). */
export const PG_TS_CONFIG = 'english';

/** PostgreSQL: the indexed tsvector of a document (title weighted above body). Used verbatim in the GIN index. */
export const PG_DOCUMENT_VECTOR =
  "(setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, text), 'B'))";

/** PostgreSQL: the indexed tsvector of a quote (its words and the speaker's name). */
export const PG_QUOTE_VECTOR = "to_tsvector('english'::regconfig, text || ' ' || coalesce(speaker_name, ''))";
