import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
} from 'kysely';
import { withRetries } from './retry.js';
import { CachingSqliteConnection } from './sqlite-connection.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** How long a writer waits for another process's write lock on the same file. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Transactions start with `BEGIN IMMEDIATE`: the write lock is taken up front, so a transaction that
 * reads then writes never fails half-way because another process wrote in between (SQLITE_BUSY_SNAPSHOT);
 * it waits for the lock (busy timeout) instead. Statements are prepared once (`CachingSqliteConnection`).
 */
class ImmediateDriver extends SqliteDriver {
  private connection: CachingSqliteConnection | undefined;
  private lock: Promise<void> = Promise.resolve();
  private unlock: (() => void) | undefined;

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override async init(): Promise<void> {
    this.connection = new CachingSqliteConnection(this.sqlite);
  }

  /** One connection, one user at a time (as Kysely's own SQLite driver does). */
  override async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.lock;
    let release!: () => void;
    this.lock = new Promise((resolve) => (release = resolve));
    await previous;
    this.unlock = release;
    return this.connection!;
  }

  override async releaseConnection(): Promise<void> {
    const release = this.unlock;
    this.unlock = undefined;
    release?.();
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async destroy(): Promise<void> {
    this.sqlite.close();
  }
}

/**
 * SQLite runs DDL inside transactions; saying so makes Kysely's migrator migrate in one (immediate)
 * transaction, so processes opening a new file at once take turns instead of creating tables twice.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new ImmediateDriver(this.sqlite);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** Opens a SQLite file (created if missing) in WAL mode, safe for several processes writing at once. */
export function openSqlite(file: string): Store {
  const sqlite = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A page cache of 32 MB (default 2 MB) keeps the hot parts of the band and hash indexes in memory.
  sqlite.pragma('cache_size = -32768');
  // Checkpoint the write-ahead log every ~400 MB (default 4 MB). An ingest batch dirties pages all over the
  // indexes (~230 per article on a 30k store) and the next batches dirty many of the same ones again: a
  // checkpoint copies each page once however many batches wrote it. 3k articles onto a 30k store, 4,000 ->
  // 40,000 pages: commits 10.5 -> 5.9 s, bytes reaching the disk 11.8 -> 5.8 GB, CPU -5%. Onto the 100k
  // store, 40,000 -> 100,000 (120,000 measured): commits 13.8 -> 9.3 s, disk writes 14.5 -> 9.5 GB. The log
  // is disk space, not memory; the last connection to close checkpoints and removes it.
  sqlite.pragma('wal_autocheckpoint = 100000');
  const db = new Kysely<Database>({ dialect: new ImmediateDialect(sqlite) });
  return {
    db,
    engine: 'sqlite',
    location: file,
    write: (fn) => withRetries(() => db.transaction().execute(fn)),
    close: () => db.destroy(),
  };
}
