import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { linkDocumentEvents, rebuildTimeline, timelineOptions } from '../../src/resolve/timeline.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { fillTimelineStories } from '../../src/store/migrations/028_timeline_sums.js';
import { listTimeline } from '../../src/store/queries/timeline.js';
import { pipeline } from '../support/pipeline.js';

const KREMLIN =
  'US envoys Steve Witkoff and Jared Kushner travelled to Moscow on December 2. Witkoff and Kushner held talks with Vladimir Putin at the Kremlin on December 2 that lasted five hours, the Kremlin said. ' +
  'Putin called the meeting useful, according to his aide Yury Ushakov, who said no compromise had been found on territory. The envoys later briefed President Donald Trump in Washington about their trip.';

const article = (id: string, published: string, body: string, outlet: string): RawArticle => ({ id, source: `${id}.txt`, format: 'text', published, body, outlet });

async function add(store: Store, articles: readonly RawArticle[]): Promise<void> {
  async function* inputs() {
    for (const a of articles) yield a;
  }
  await ingest(store, pipeline(), inputs(), { now: () => '2026-01-01T00:00:00Z' });
}

async function storeWith(...articles: RawArticle[]): Promise<Store> {
  const store = await openStore(':memory:');
  await add(store, articles);
  return store;
}

const meetings = async (store: Store) => (await listTimeline(store.db, { type: 'meeting' })).filter((e) => e.place === 'Kremlin');

test('one meeting reported by two outlets is one timeline event with both sources and their sentences', async () => {
  const store = await storeWith(
    article('a', '2025-12-03', KREMLIN, 'Outlet A'),
    article('b', '2025-12-04', 'Russian President Vladimir Putin received US envoys Steve Witkoff and Jared Kushner at the Kremlin on Tuesday. The Kremlin meeting ended without a breakthrough on Donbas.', 'Outlet B'),
  );
  const [m, ...rest] = await meetings(store);
  assert.equal(rest.length, 0);
  assert.deepEqual([m!.date, m!.sourceCount, m!.dateConflict, m!.status], ['2025-12-02', 2, false, 'held']);
  assert.deepEqual(m!.sources.map((s) => s.outlet), ['Outlet A', 'Outlet B']);
  assert.match(m!.sources[1]!.evidence[0]!.text, /^Russian President Vladimir Putin received/);
  assert.ok(m!.participants.includes('Vladimir Putin') && m!.participants.includes('Steve Witkoff'));
  await store.close();
});

test('a syndicated copy (same story) is linked but counts as one source', async () => {
  const store = await storeWith(article('a', '2025-12-03', KREMLIN, 'Outlet A'), article('a-copy', '2025-12-03', `${KREMLIN} (Reuters)`, 'Outlet C'));
  const [m] = await meetings(store);
  assert.equal(m!.sources.length, 2);
  assert.equal(m!.sources[0]!.storyId, m!.sources[1]!.storyId);
  assert.equal(m!.sourceCount, 1);
  await store.close();
});

test('conflicting dates from sources are kept and flagged, the date most sources give wins', async () => {
  const store = await storeWith(
    article('a', '2025-12-03', KREMLIN, 'Outlet A'),
    article('b', '2025-12-04', 'Putin received US envoys Steve Witkoff and Jared Kushner at the Kremlin on Tuesday.', 'Outlet B'),
    article('c', '2025-12-05', 'Putin met US envoys Steve Witkoff and Jared Kushner at the Kremlin on December 3, Ushakov said.', 'Outlet D'),
  );
  const [m, ...rest] = await meetings(store);
  assert.equal(rest.length, 0);
  assert.deepEqual([m!.date, m!.dates, m!.dateConflict, m!.sourceCount], ['2025-12-02', ['2025-12-02', '2025-12-03'], true, 3]);
  assert.equal(m!.sources.find((s) => s.outlet === 'Outlet D')?.date, '2025-12-03');
  await store.close();
});

test('different events stay apart, and a new article only touches the events it could merge with', async () => {
  const store = await storeWith(
    article('a', '2025-12-03', KREMLIN, 'Outlet A'),
    article('z', '2025-12-07', 'Zelensky held a long phone call with Steve Witkoff and Jared Kushner on Saturday.', 'Outlet B'),
  );
  const all = await listTimeline(store.db);
  assert.deepEqual(all.map((e) => [e.type, e.date]).filter(([t]) => t !== 'visit'), [['meeting', '2025-12-02'], ['call', '2025-12-06']]);
  const before = await store.db.selectFrom('timeline_events').selectAll().orderBy('id').execute();
  // Re-linking the call's article touches only the call.
  const touched = await linkDocumentEvents(store.db, 'z', timelineOptions(pipeline().env.profile));
  assert.deepEqual(touched, [all.find((e) => e.type === 'call')!.id]);
  assert.deepEqual(await store.db.selectFrom('timeline_events').selectAll().orderBy('id').execute(), before);
  await store.close();
});

test('rebuilding gives the same timeline, and filters select by actor, type and dates', async () => {
  const store = await storeWith(
    article('a', '2025-12-03', KREMLIN, 'Outlet A'),
    article('z', '2025-12-07', 'Zelensky held a long phone call with Steve Witkoff and Jared Kushner on Saturday.', 'Outlet B'),
  );
  const first = await listTimeline(store.db);
  assert.equal(await rebuildTimeline(store.db, timelineOptions(pipeline().env.profile)), first.length);
  assert.deepEqual(await listTimeline(store.db), first);
  assert.deepEqual((await listTimeline(store.db, { actor: 'zelensky' })).map((e) => e.type), ['call']);
  assert.deepEqual((await listTimeline(store.db, { actor: 'Witkoff', type: 'call' })).map((e) => e.date), ['2025-12-06']);
  assert.deepEqual((await listTimeline(store.db, { since: '2025-12-03' })).map((e) => e.type), ['call']);
  assert.deepEqual(await listTimeline(store.db, { actor: 'Nobody At All' }), []);
  await store.close();
});

test('a store linked before the sums were kept (migration 028) goes on as one linked with them', async () => {
  const first = [
    article('a', '2025-12-03', KREMLIN, 'Outlet A'),
    article('a-copy', '2025-12-03', `${KREMLIN} (Reuters)`, 'Outlet C'),
    article('b', '2025-12-04', 'Putin received US envoys Steve Witkoff and Jared Kushner at the Kremlin on Tuesday.', 'Outlet B'),
  ];
  const later = [
    article('c', '2025-12-05', 'Putin met US envoys Steve Witkoff and Jared Kushner at the Kremlin on December 3, Ushakov said.', 'Outlet D'),
    article('b-copy', '2025-12-05', 'Putin received US envoys Steve Witkoff and Jared Kushner at the Kremlin on Tuesday. (AP)', 'Outlet E'),
  ];
  const old = await storeWith(...first);
  // As the migration finds an older store: no sums, and the stories filled from the linked reports.
  await old.db.deleteFrom('timeline_sums').execute();
  await old.db.deleteFrom('timeline_stories').execute();
  await fillTimelineStories(old.db);
  await add(old, later);
  const fresh = await storeWith(...first, ...later);
  const rows = (s: Store) => s.db.selectFrom('timeline_events').selectAll().orderBy('id').execute();
  const stories = (s: Store) => s.db.selectFrom('timeline_stories').selectAll().orderBy('timeline_id').orderBy('story_id').orderBy('date').execute();
  assert.deepEqual(await rows(old), await rows(fresh));
  assert.deepEqual(await stories(old), await stories(fresh));
  const [m] = await meetings(fresh);
  assert.deepEqual([m!.sourceCount, m!.dates], [3, ['2025-12-02', '2025-12-03']]);
  await old.close();
  await fresh.close();
});
