import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/eval/datasets.js';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import type { CrossArticleStep } from '../../src/resolve/step.js';
import { crossArticleSteps } from '../../src/resolve/steps.js';
import type { Store } from '../../src/store/connect.js';
import { dumpStore } from '../support/dump.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

/**
 * The linker remembers candidates and reports between its transactions. These tests interleave writers
 * and roll a batch back, and require the very timeline that one writer ingesting everything builds.
 */
const ARTICLES = path.join(ROOT, 'examples', 'articles');
const haveExamples = existsSync(ARTICLES);

async function examples(): Promise<RawArticle[]> {
  const out: RawArticle[] = [];
  for await (const item of readInputs([ARTICLES])) if ('body' in item) out.push(item);
  return out;
}

async function* each<T>(items: readonly T[]) {
  yield* items;
}

const run = (store: Store, articles: readonly RawArticle[], steps: readonly CrossArticleStep[]) =>
  ingest(store, pipeline(), each(articles), { steps, batchSize: 2, now: () => '2026-02-06T00:00:00Z' });

async function timelineOf(store: Store) {
  const d = await dumpStore(store);
  return { timeline: d.timeline_events!, participants: d.timeline_participants!, links: d.events!.map((e) => [(e as { id: string }).id, (e as { timeline_id: string }).timeline_id]) };
}

async function reference(articles: readonly RawArticle[]) {
  const { openStore } = await import('../../src/store/connect.js');
  const store = await openStore(':memory:');
  try {
    await run(store, articles, crossArticleSteps());
    return await timelineOf(store);
  } finally {
    await store.close();
  }
}

testBothEngines('two writers taking turns on one store build the timeline one writer builds', async (store, t) => {
  if (!haveExamples) return t.skip('the example corpus (examples/) is not in this checkout');
  const articles = await examples();
  const writers = [crossArticleSteps(), crossArticleSteps()];
  // Chunks of three, alternately: each writer must see what the other linked in between.
  for (let i = 0; i < articles.length; i += 3) await run(store, articles.slice(i, i + 3), writers[(i / 3) % 2]!);
  const got = await timelineOf(store);
  assert.ok(got.timeline.length > 0);
  assert.deepEqual(got, await reference(articles));
});

testBothEngines('a batch rolled back leaves nothing behind in the linker memory', async (store, t) => {
  if (!haveExamples) return t.skip('the example corpus (examples/) is not in this checkout');
  const articles = await examples();
  // The wire's Kremlin story: later reports merge with the event it starts.
  const victim = articles.find((a) => a.id.startsWith('e06'))!.id;
  // A later step fails on one document: its batch rolls back after the timeline step linked it.
  const failing: CrossArticleStep = {
    name: 'failing',
    async afterStore({ documentIds }) {
      if (documentIds.includes(victim)) throw new Error('refused');
    },
  };
  const summary = await run(store, articles, [...crossArticleSteps(), failing]);
  assert.equal(summary.failed, 1);
  assert.deepEqual(await timelineOf(store), await reference(articles.filter((a) => a.id !== victim)));
});
