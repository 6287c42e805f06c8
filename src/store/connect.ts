import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** What was opened, without credentials: a file path or a postgres URL with the password hidden. */
  location: string;
  close(): Promise<void>;
}

export const DEFAULT_DB = './parley.db';

export const isPostgresUrl = (spec: string): boolean => /^postgres(?:ql)?:\/\//i.test(spec);

/** Connectors for engines other than SQLite, registered by their modules (keeps `pg` off the SQLite path). */
export const CONNECTORS: Partial<Record<Engine, (spec: string) => Promise<Store>>> = {};

function openSqlite(file: string): Store {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 30000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}

/** Opens (creating if needed) and migrates the store named by `spec`: a SQLite file or a postgres:// URL. */
export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  let store: Store;
  if (isPostgresUrl(spec)) {
    const connect = CONNECTORS.postgres;
    if (!connect) throw new Error('PostgreSQL support is not available in this build');
    store = await connect(spec);
  } else {
    store = openSqlite(spec);
  }
  await migrate(store.db);
  return store;
}
