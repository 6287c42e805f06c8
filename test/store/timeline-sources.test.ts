import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/eval/datasets.js';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { getTimelineEvent, listTimeline, timelineSources } from '../../src/store/queries/timeline-view.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';
import { synthetic } from '../support/articles.js';

const ARTICLES = path.join(ROOT, 'examples', 'articles');

async function* examples(): AsyncGenerator<RawArticle> {
  for await (const item of readInputs([ARTICLES])) if ('body' in item) yield item;
}

testBothEngines('a timeline list carries the first sources of each event, its own endpoint all of them', async (store, t) => {
  if (!existsSync(ARTICLES)) return t.skip('the example corpus (examples/) is not in this checkout');
  await ingest(store, pipeline(), examples(), { now: () => '2026-02-06T00:00:00Z' });
  const { items } = await listTimeline(store.db, {}, { limit: 500, offset: 0 });
  const ids = items.map((e) => e.id);
  const all = await timelineSources(store.db, ids);
  const first = await timelineSources(store.db, ids, 1);
  const told = ids.filter((id) => (all.get(id)?.length ?? 0) > 1);
  assert.ok(told.length > 0, 'some events have several reports');
  for (const id of ids) assert.deepEqual(first.get(id), all.get(id)!.slice(0, 1), id);
  // The detail has every report; the list's are its first ones.
  const event = (await getTimelineEvent(store.db, told[0]!))!;
  assert.deepEqual(event.sources, all.get(told[0]!));
  assert.deepEqual(items.find((e) => e.id === told[0])!.sources, event.sources.slice(0, 10));
});

testBothEngines('the timeline of one outlet lists exactly the merged events it reported, alone and with an actor', async (store) => {
  await ingest(store, pipeline(), (async function* () { yield* synthetic(80, 49, 0.1).map((a, i) => ({ ...a, outlet: `Wire ${'ABC'[i % 3]}` })); })(), { batchSize: 16 });
  const reports = await store.db.selectFrom('events').select(['timeline_id', 'outlet']).execute();
  const outlets = [...new Set(reports.map((r) => r.outlet).filter((o): o is string => !!o))];
  const all = (await listTimeline(store.db, {}, { limit: 500, offset: 0 })).items;
  assert.ok(outlets.length > 1 && all.length > 1);
  for (const outlet of outlets) {
    const expected = all.filter((e) => reports.some((r) => r.timeline_id === e.id && r.outlet === outlet)).map((e) => e.id);
    assert.ok(expected.length > 0 && expected.length < all.length, outlet);
    assert.deepEqual((await listTimeline(store.db, { outlet }, { limit: 500, offset: 0 })).items.map((e) => e.id), expected, outlet);
  }
  const actor = (await store.db.selectFrom('timeline_participants').select('actor_key').executeTakeFirstOrThrow()).actor_key;
  const withActor = (await listTimeline(store.db, { actor }, { limit: 500, offset: 0 })).items.map((e) => e.id);
  const both = (await listTimeline(store.db, { actor, outlet: outlets[0]! }, { limit: 500, offset: 0 })).items.map((e) => e.id);
  assert.deepEqual(both, withActor.filter((id) => reports.some((r) => r.timeline_id === id && r.outlet === outlets[0])));
});
