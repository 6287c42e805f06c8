import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { outletOf } from '../../bench/corpus.js';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { migrate } from '../../src/store/connect.js';
import { issueCoverage, type IssueCoverage } from '../../src/store/queries/outlet-coverage.js';
import type { Database } from '../../src/store/schema.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

type Window = { since?: string; until?: string };
const WINDOWS: Window[] = [{}, { since: '2025-12-01' }, { until: '2026-01-15' }, { since: '2025-12-01', until: '2026-01-31' }];

/** Coverage counted from every stored position and status, in JavaScript: articles with either, each once. */
async function counted(db: Kysely<Database>, w: Window): Promise<IssueCoverage['cells']> {
  const cells = new Map<string, IssueCoverage['cells'][number] & { docs: Set<string> }>();
  for (const table of ['positions', 'statuses'] as const) {
    const rows = await db.selectFrom(table as 'positions').select(['outlet', 'issue', 'date', 'document_id']).execute();
    for (const r of rows) {
      if (r.outlet == null || (w.since && r.date < w.since) || (w.until && r.date > w.until)) continue;
      const k = `${r.outlet}\u0000${r.issue}`;
      const c = cells.get(k) ?? cells.set(k, { outlet: r.outlet, issue: r.issue, positions: 0, statuses: 0, documents: 0, docs: new Set() }).get(k)!;
      c[table]++;
      c.docs.add(r.document_id);
    }
  }
  return [...cells.values()]
    .map(({ docs, ...c }) => ({ ...c, documents: docs.size }))
    .sort((a, b) => a.outlet.localeCompare(b.outlet) || a.issue.localeCompare(b.issue));
}

const storedDays = (db: Kysely<Database>) => db.selectFrom('outlet_issue_days').selectAll().orderBy('outlet').orderBy('issue').orderBy('date').execute();
const numbers = (rows: object[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));

// Some articles without an outlet: their records stay out of the coverage table.
const ARTICLES = synthetic(60, 17, 0.1).map((a, i) => (i % 9 === 4 ? a : { ...a, outlet: outletOf(i) }));

testBothEngines('outlet coverage equals counting every position and status, batch after batch and in any date window', async (store) => {
  for (const [from_, to] of [[0, 25], [25, 60], [10, 40]] as const) {
    await ingest(store, pipeline(), from(ARTICLES.slice(from_, to)), { batchSize: 7 });
    for (const w of WINDOWS) {
      const expected = await counted(store.db, w);
      assert.ok(expected.length > 0, 'the articles hold positions and statuses with outlets');
      assert.deepEqual((await issueCoverage(store.db, w)).cells, expected, JSON.stringify(w));
    }
  }
  const all = await counted(store.db, {});
  assert.ok(all.some((c) => c.positions > 0 && c.statuses > 0), 'some cells have both kinds of record');
});

testBothEngines('migration 018 fills the outlet coverage days from the records already stored, as the write batch keeps them', async (store) => {
  await ingest(store, pipeline(), from(ARTICLES), { batchSize: 11 });
  const kept = numbers(await storedDays(store.db));
  // As on a store written before the migration: no table, the migration not yet run.
  await store.db.schema.dropTable('outlet_issue_days').execute();
  await sql`delete from kysely_migration where name = '018_outlet_issue_days'`.execute(store.db);
  await migrate(store.db, store.schema !== undefined ? { schema: store.schema } : {});
  assert.deepEqual(numbers(await storedDays(store.db)), kept);
  for (const w of WINDOWS) assert.deepEqual((await issueCoverage(store.db, w)).cells, await counted(store.db, w), JSON.stringify(w));
});
