import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/connect.js';
import { synthetic } from '../support/articles.js';
import { dumpStore } from '../support/dump.js';
import { scratchDb } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

/**
 * Re-ingesting is a no-op, as a property: whatever part of a corpus was stored first, and in whatever
 * order, ingesting any of it again adds nothing and changes no row (the real extractors, SQLite).
 */
async function* from(items: RawArticle[]) {
  yield* items;
}
const now = () => '2026-01-01T00:00:00.000Z';
const OUTLETS = ['Meridian Wire', 'Kyiv Ledger', 'Vostok Today'];
const corpus = synthetic(40, 31, 0.15).map((a, i) => ({ ...a, outlet: OUTLETS[i % OUTLETS.length]! }));

test('ingesting articles already stored adds nothing and changes no row', { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.shuffledSubarray(corpus, { minLength: 1 }), fc.shuffledSubarray(corpus, { minLength: 1 }), async (first, again) => {
      const scratch = await scratchDb('sqlite');
      const store = await openStore(scratch.spec);
      try {
        await ingest(store, pipeline(), from(first), { now });
        const before = await dumpStore(store);
        const stored = new Set(first.map((a) => a.id));
        const repeat = again.filter((a) => stored.has(a.id));
        const summary = await ingest(store, pipeline(), from(repeat), { now: () => '2026-02-01T00:00:00.000Z' });
        assert.equal(summary.added, 0);
        assert.equal(summary.duplicates, repeat.length);
        assert.deepEqual(await dumpStore(store), before);
      } finally {
        await store.close();
        await scratch.dispose();
      }
    }),
    { numRuns: 8, seed: 20251124 },
  );
});
