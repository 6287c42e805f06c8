/**
 * Transient write failures that a retry of the whole transaction resolves: a busy SQLite file, a
 * PostgreSQL serialization failure or deadlock, and a unique violation raced by another writer
 * (the retry then sees the other writer's row and classifies the document as a duplicate).
 */
const RETRYABLE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_LOCKED',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '23505', // unique_violation
]);

export const isRetryable = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && RETRYABLE_CODES.has(String((e as { code?: unknown }).code));

export interface RetryOptions {
  attempts?: number;
  /** Which errors to retry; default: `isRetryable`. */
  retryOn?: (e: unknown) => boolean;
  /** First back-off in ms; doubles per attempt, with jitter so racing writers spread out. */
  baseDelayMs?: number;
}

/** Runs `fn` again after a transient failure; the last failure is thrown unchanged. */
export async function withRetries<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 8;
  const base = options.baseDelayMs ?? 20;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !(options.retryOn ?? isRetryable)(e)) throw e;
      const delay = base * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Errors caused by one document's data (a value the database refuses, a constraint), not by the
 * connection or the database: storing that document alone shows which one it is.
 */
export const isDataError = (e: unknown): boolean => {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  return /^(22|23)[0-9A-Z]{3}$/.test(code) || /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code);
};
