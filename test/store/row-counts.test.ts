import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { rebuildTimeline, timelineOptions } from '../../src/resolve/timeline.js';
import { down, up } from '../../src/store/migrations/029_row_counts.js';
import { overview } from '../../src/store/queries/overview.js';
import type { Store } from '../../src/store/connect.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

/** Each counted table: what `row_counts` holds, and what counting its rows gives. */
async function keptAndCounted(store: Store): Promise<{ kept: Record<string, number>; counted: Record<string, number> }> {
  const rows = await store.db.selectFrom('row_counts').select(['name', 'n']).orderBy('name').execute();
  const kept: Record<string, number> = {};
  const counted: Record<string, number> = {};
  for (const { name, n } of rows) {
    kept[name] = Number(n);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = await store.db.selectFrom(name as any).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counted[name] = Number(c.n);
  }
  return { kept, counted };
}

testBothEngines('the row counts the overview shows equal counting each table, through batches, repeats and a timeline rebuild', async (store) => {
  const arts = synthetic(50, 29, 0.1);
  for (const [a, b] of [[0, 20], [20, 50], [5, 35]] as const) {
    await ingest(store, pipeline(), from(arts.slice(a, b)), { batchSize: 6 });
    const { kept, counted } = await keptAndCounted(store);
    assert.equal(Object.keys(kept).length, 10);
    assert.ok(counted.documents! > 0 && counted.statements! > 0 && counted.timeline_events! > 0, 'the articles give records');
    assert.deepEqual(kept, counted);
  }
  await rebuildTimeline(store.db, timelineOptions(pipeline().env.profile));
  const after = await keptAndCounted(store);
  assert.deepEqual(after.kept, after.counted);
  const shown = await overview(store.db);
  assert.deepEqual({ ...shown.counts }, after.counted);
});

testBothEngines('the row-count migration counts what a store held before it', async (store) => {
  await ingest(store, pipeline(), from(synthetic(15, 31, 0)), { batchSize: 5 });
  const before = await keptAndCounted(store);
  await down(store.db as Kysely<unknown>);
  await up(store.db as Kysely<unknown>);
  const again = await keptAndCounted(store);
  assert.deepEqual(again.kept, before.counted);
  await ingest(store, pipeline(), from(synthetic(30, 31, 0).slice(15)), { batchSize: 5 });
  const later = await keptAndCounted(store);
  assert.deepEqual(later.kept, later.counted);
});
