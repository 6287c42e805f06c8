import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrate, openStore } from '../../src/store/connect.js';
import { ENGINES, scratchDb, testBothEngines } from '../support/engines.js';

const TABLES = [
  'actor_aliases', 'actors', 'diagnostics', 'documents', 'event_participants', 'events', 'lsh_bands', 'mentions', 'meta',
  'outlets', 'positions', 'quotes', 'statements', 'statuses', 'stories', 'timeline_events', 'timexes',
];

testBothEngines('migrations create every table, record themselves, and re-running them changes nothing', async (store) => {
  const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
  for (const t of TABLES) assert.ok(tables.includes(t), `table ${t} exists`);
  const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
  assert.ok(ran.rows.map((r) => r.name).includes('003_scale'));
  await migrate(store.db, store.schema !== undefined ? { schema: store.schema } : {});
  const again = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
  assert.deepEqual(again.rows, ran.rows);
});

/** Runs the CLI; resolves with its exit code and stderr. */
export function parley(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/parley.js', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

for (const { engine, skip } of ENGINES) {
  test(`four processes opening one new ${engine} store at once all migrate it without errors [${engine}]`, { skip, timeout: 60_000 }, async () => {
    const scratch = await scratchDb(engine);
    try {
      const runs = await Promise.all([1, 2, 3, 4].map(() => parley(['report', '--db', scratch.spec])));
      for (const r of runs) assert.deepEqual(r, { code: 0, stderr: '' });
      const s = await openStore(scratch.spec);
      const ran = await sql<{ name: string }>`select name from kysely_migration`.execute(s.db);
      await s.close();
      assert.equal(new Set(ran.rows.map((r) => r.name)).size, ran.rows.length);
    } finally {
      await scratch.dispose();
    }
  });
}
