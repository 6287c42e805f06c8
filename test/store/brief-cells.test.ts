import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/eval/datasets.js';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { firstSourcesPerCell, POSITION_CELLS, STATUS_CELLS, storiesPerCell, type CellKind, type Window } from '../../src/store/queries/brief-cells.js';
import type { Store } from '../../src/store/connect.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

const ARTICLES = path.join(ROOT, 'examples', 'articles');

async function* examples(): AsyncGenerator<RawArticle> {
  for await (const item of readInputs([ARTICLES])) if ('body' in item) yield item;
}

/** Every record of a kind in the window, the slow way: what the one-query-per-kind reads must agree with. */
async function recordsIn(store: Store, kind: CellKind, w: Window) {
  const rows = await store.db
    .selectFrom(kind.records)
    .select(['id', 'issue', 'date', 'story_id', (eb) => (kind.key.includes('side') ? eb.ref('side' as never) : eb.val('')).as('side')])
    .where('date', '>=', w.since)
    .$if(w.until !== undefined, (q) => q.where('date', '<=', w.until!))
    .execute();
  const byCell = new Map<string, typeof rows>();
  for (const r of rows) {
    const k = `${r.side}/${r.issue}`;
    byCell.set(k, [...(byCell.get(k) ?? []), r]);
  }
  for (const list of byCell.values()) list.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : 1));
  return byCell;
}

for (const kind of [POSITION_CELLS, STATUS_CELLS])
  testBothEngines(`a brief reads each ${kind.records} cell's first sources and capped stories in one query`, async (store, t) => {
    if (!existsSync(ARTICLES)) return t.skip('the example corpus (examples/) is not in this checkout');
    await ingest(store, pipeline(), examples(), { now: () => '2026-02-06T00:00:00Z' });
    for (const w of [{ since: '2025-01-01' }, { since: '2025-12-01', until: '2025-12-20' }] as Window[]) {
      const expected = await recordsIn(store, kind, w);
      assert.ok([...expected.values()].some((l) => l.length > 2), 'some cells have more records than are read');
      const sources = await firstSourcesPerCell(store.db, kind, w, 2);
      const got = new Map<string, string[]>();
      for (const s of sources) got.set(`${s.side ?? ''}/${s.issue}`, [...(got.get(`${s.side ?? ''}/${s.issue}`) ?? []), s.id]);
      assert.deepEqual(got, new Map([...expected].map(([k, list]) => [k, list.slice(0, 2).map((r) => r.id)])), JSON.stringify(w));

      const stories = await storiesPerCell(store.db, kind, w, 1);
      const counted = new Map(stories.map((s) => [`${s.side ?? ''}/${s.issue}`, s.stories]));
      assert.deepEqual(counted, new Map([...expected].map(([k, list]) => [k, Math.min(new Set(list.map((r) => r.story_id)).size, 2)])));

      // Given the cells (as a brief does, from the day counts it read), the same rows for those cells only.
      const some = [...expected.values()].filter((_, i) => i % 2 === 0).map((list) => list[0]!);
      const cells = some.map((r) => (kind.key.includes('side') ? { side: r.side as string, issue: r.issue } : { issue: r.issue }));
      const keys = new Set(some.map((r) => `${r.side}/${r.issue}`));
      const givenSources = await firstSourcesPerCell(store.db, kind, w, 2, cells);
      assert.deepEqual(givenSources, sources.filter((s) => keys.has(`${s.side ?? ''}/${s.issue}`)));
      const givenStories = await storiesPerCell(store.db, kind, w, 1, cells);
      assert.deepEqual(new Map(givenStories.map((s) => [`${s.side ?? ''}/${s.issue}`, s.stories])), new Map([...counted].filter(([k]) => keys.has(k))));
      assert.deepEqual(await storiesPerCell(store.db, kind, w, 1, []), []);
    }
  });
