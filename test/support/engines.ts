import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import pg from 'pg';
import { openStore, type Engine, type Store } from '../../src/store/connect.js';

const PG_URL = process.env.PARLEY_TEST_PG;
const REQUIRED = process.env.PARLEY_REQUIRE_SERVICES === '1';

/**
 * Why PostgreSQL tests skip, or false when they run. With PARLEY_REQUIRE_SERVICES=1 (CI) they never
 * skip: without a server they fail, so a broken CI setup cannot pass by skipping.
 */
export const pgSkip: string | false =
  PG_URL || REQUIRED
    ? false
    : 'PostgreSQL tests skipped: set PARLEY_TEST_PG=postgres://user@host:port/db to run them (scripts/ci-services.sh starts a server and writes it to /tmp/parley-ci-env)';

function requirePgUrl(): string {
  if (!PG_URL) throw new Error('PARLEY_REQUIRE_SERVICES=1 but PARLEY_TEST_PG is not set: start PostgreSQL with scripts/ci-services.sh');
  return PG_URL;
}

let counter = 0;

/** A database nobody else uses: a new SQLite file, or a new schema in the test PostgreSQL database. */
export interface Scratch {
  engine: Engine;
  /** What `--db` / `openStore` take. */
  spec: string;
  dispose(): Promise<void>;
}

export async function scratchDb(engine: Engine): Promise<Scratch> {
  const name = `parley_t${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-test-'));
    return { engine, spec: path.join(dir, 'store.db'), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = requirePgUrl();
  const u = new URL(url);
  u.searchParams.set('schema', name);
  return {
    engine,
    spec: u.toString(),
    dispose: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${name}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export const ENGINES: ReadonlyArray<{ engine: Engine; skip: string | false }> = [
  { engine: 'sqlite', skip: false },
  { engine: 'postgres', skip: pgSkip },
];

/**
 * One test body, run once per engine on a fresh, migrated store that is dropped afterwards.
 * Each run has its own file or schema, so test files can run in parallel.
 */
export function testBothEngines(
  title: string,
  fn: (store: Store, t: TestContext) => Promise<void>,
  options: { timeout?: number } = {},
): void {
  for (const { engine, skip } of ENGINES) {
    test(`${title} [${engine}]`, { skip, timeout: options.timeout ?? 60_000 }, async (t) => {
      const scratch = await scratchDb(engine);
      try {
        const store = await openStore(scratch.spec);
        try {
          await fn(store, t);
        } finally {
          await store.close();
        }
      } finally {
        await scratch.dispose();
      }
    });
  }
}
