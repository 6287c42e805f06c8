import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

const rows = (r: { rows: unknown[] }) => r.rows.map((x) => Object.values(x as object).map((v) => (typeof v === 'bigint' || typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)));

testBothEngines('the per-day counts the matrix reads equal counting every position and status, batch after batch', async (store) => {
  const arts = synthetic(60, 41, 0.1);
  for (const [from_, to] of [[0, 25], [25, 60], [10, 40]] as const) {
    await ingest(store, pipeline(), from(arts.slice(from_, to)), { batchSize: 7 });
    const kept = await sql`select side, issue, stance, date, n from position_days order by side, issue, stance, date`.execute(store.db);
    const counted = await sql`select side, issue, stance, date, count(*) as n from positions group by side, issue, stance, date order by side, issue, stance, date`.execute(store.db);
    assert.ok(counted.rows.length > 0, 'the articles hold positions');
    assert.deepEqual(rows(kept), rows(counted));
    const keptS = await sql`select issue, status, claimed_by, date, n from status_days order by issue, status, claimed_by, date`.execute(store.db);
    const countedS = await sql`select issue, status, coalesce(claimed_by, '') as claimed_by, date, count(*) as n from statuses group by issue, status, coalesce(claimed_by, ''), date order by issue, status, claimed_by, date`.execute(store.db);
    assert.deepEqual(rows(keptS), rows(countedS));
  }
});
