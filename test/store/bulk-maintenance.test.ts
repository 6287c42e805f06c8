import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { afterBulkIngest } from '../../src/store/bulk-maintenance.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

testBothEngines('a bulk ingest into PostgreSQL ends with VACUUM (ANALYZE) of its own tables only; smaller ingests and SQLite are left alone', async (store) => {
  const summary = await ingest(store, pipeline(), from(synthetic(12, 7, 0)));
  assert.ok(summary.added >= 10);
  assert.deepEqual(await afterBulkIngest(store, summary.added, summary.added + 1), [], 'below the threshold');
  const done = await afterBulkIngest(store, summary.added, summary.added);
  if (store.engine === 'sqlite') return assert.deepEqual(done, []);
  assert.ok(done.includes('documents') && done.includes('mentions') && done.includes('lsh_bands'), done.join(', '));
  const stats = await sql<{ relname: string }>`select relname from pg_stat_user_tables where schemaname = current_schema()`.execute(store.db);
  assert.deepEqual(stats.rows.map((r) => r.relname).sort(), [...done].sort(), 'every table of the schema, and only those');
  // What ANALYZE writes is there at once (the activity counters are reported asynchronously, and whether pages
  // become all-visible depends on other sessions' open transactions): the planner's statistics per column.
  const analyzed = await sql<{ n: number | string }>`select count(*) as n from pg_stats where schemaname = current_schema() and tablename = 'documents'`.execute(store.db);
  assert.ok(Number(analyzed.rows[0]?.n) > 0, 'the documents table has planner statistics after the vacuum');
});
