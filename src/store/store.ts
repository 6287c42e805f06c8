import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

/** An open database: the same Kysely interface on both engines, plus the engine's way of writing safely. */
export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** What was opened, without credentials: a file path or a postgres URL with the password hidden. */
  location: string;
  /** PostgreSQL: the schema holding Parley's tables. */
  schema?: string;
  /**
   * Runs `fn` in one write transaction that no other Parley writer interleaves with (SQLite: the
   * file's write lock, taken up front; PostgreSQL: an advisory lock per schema), retrying the whole
   * transaction on transient lock, serialization and deadlock errors. `fn` may run more than once.
   */
  write<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store cannot be opened or migrated (unreachable server, bad URL, failed migration): shown without a stack. */
export class StoreError extends Error {}
