/**
 * Size limits that keep memory bounded on hostile input. Both can be set with options or environment
 * variables (documented in `parley ingest --help`).
 */
export interface Limits {
  /** Largest file read whole (every format but JSON Lines, which is streamed line by line). */
  maxFileBytes: number;
  /** Largest single article: one JSON Lines line, and any article's text once read. */
  maxArticleBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 16 * 1024 * 1024,
  maxArticleBytes: 4 * 1024 * 1024,
});

export const LIMIT_ENV = { maxFileBytes: 'PARLEY_MAX_FILE_BYTES', maxArticleBytes: 'PARLEY_MAX_ARTICLE_BYTES' } as const;
