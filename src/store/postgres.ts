import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { CONNECTORS } from './connect.js';
import { withRetries } from './retry.js';
import type { Database } from './schema.js';
import { StoreError, type Store } from './store.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Counts and sums come back from PostgreSQL as bigint/numeric strings; Parley's numbers fit a double. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export interface PostgresTarget {
  /** The connection URL without Parley's own `schema` parameter. */
  url: string;
  /** The schema holding Parley's tables: `?schema=NAME` in the URL, else `public`. */
  schema: string;
  /** The URL with the password hidden, for messages. */
  location: string;
}

/** Splits a postgres:// URL into the connection URL and Parley's schema; throws on a bad schema name. */
export function parsePostgresUrl(spec: string): PostgresTarget {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new StoreError(`Invalid PostgreSQL URL "${hidePassword(spec)}"`);
  }
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError(`Invalid PostgreSQL schema "${schema}" (use letters, digits and underscores)`);
  }
  url.searchParams.delete('schema');
  return { url: url.toString(), schema, location: hidePassword(spec) };
}

export function hidePassword(spec: string): string {
  return spec.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** A transaction-scoped advisory lock per schema: Parley's writers to one store take turns. */
const lockWriters = sql`select pg_advisory_xact_lock(hashtext('parley-write:' || current_schema()))`;

/** Opens a PostgreSQL store; the schema is created when missing. */
export async function openPostgres(spec: string): Promise<Store> {
  const target = parsePostgresUrl(spec);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 4,
    types,
    // Every connection resolves Parley's tables in its schema.
    options: `-c search_path=${target.schema}`,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      await client.query(`create schema if not exists "${target.schema}"`);
    } catch (e) {
      // Concurrent creators race; the schema existing is all that matters.
      const exists = await client.query('select 1 from pg_namespace where nspname = $1', [target.schema]);
      if (!exists.rowCount) throw e;
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreError(`Cannot open PostgreSQL database ${target.location}: ${(e as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    location: target.location,
    schema: target.schema,
    write: (fn) =>
      withRetries(() =>
        db.transaction().execute(async (trx) => {
          await lockWriters.execute(trx);
          return fn(trx);
        }),
      ),
    close: () => db.destroy(),
  };
}

CONNECTORS.postgres = openPostgres;
