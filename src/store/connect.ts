import { Migrator, type Kysely } from 'kysely';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { openSqlite } from './sqlite.js';
import { withRetries } from './retry.js';
import { StoreError, type Engine, type Store } from './store.js';

export { StoreError, type Engine, type Store } from './store.js';

export const DEFAULT_DB = './parley.db';

export const isPostgresUrl = (spec: string): boolean => /^postgres(?:ql)?:\/\//i.test(spec);

/** Connectors for engines other than SQLite, registered by their modules (keeps `pg` off the SQLite path). */
export const CONNECTORS: Partial<Record<Engine, (spec: string) => Promise<Store>>> = {};

export interface MigrateOptions {
  /** PostgreSQL schema of the migration bookkeeping tables (the store's schema). */
  schema?: string;
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrate(db: Kysely<Database>, options: MigrateOptions = {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Migrations are numbered but independent: one numbered lower that lands later (parallel
    // branches) still runs on a store that already has the higher ones.
    allowUnorderedMigrations: true,
    ...(options.schema !== undefined && { migrationTableSchema: options.schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`Database migration ${failed} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
}

/** Opens (creating if needed) and migrates the store named by `spec`: a SQLite file or a postgres:// URL. */
export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  let store: Store;
  if (isPostgresUrl(spec)) {
    // Loaded on demand: SQLite users never load the pg driver.
    if (!CONNECTORS.postgres) await import('./postgres.js');
    store = await CONNECTORS.postgres!(spec);
  } else {
    try {
      store = openSqlite(spec);
    } catch (e) {
      throw new StoreError(`Cannot open SQLite database "${spec}": ${(e as Error).message}`);
    }
  }
  try {
    // Kysely's migrator reads the catalog of every schema; another schema dropped at that moment makes
    // PostgreSQL report it missing (3F000) or a table gone (42P01): read again.
    await withRetries(() => migrate(store.db, store.schema !== undefined ? { schema: store.schema } : {}), {
      retryOn: (e) => /\b(3F000|42P01)\b/.test(String((e as { cause?: { code?: string } }).cause?.code)),
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
