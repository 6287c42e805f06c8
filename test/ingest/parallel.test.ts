import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { workerPoolExtractor } from '../../src/ingest/parallel/pool.js';
import { loadProfile } from '../../src/profile/load.js';
import { openStore } from '../../src/store/connect.js';
import { pipeline } from '../support/pipeline.js';
import { synthetic } from '../support/articles.js';
import { dumpStore } from '../support/dump.js';
import { pgSkip, scratchDb } from '../support/engines.js';
import type { Engine } from '../../src/store/store.js';
import type { Extractor } from '../../src/ingest/extractor.js';
import type { Pipeline } from '../../src/extract/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

async function ingestAndDump(engine: Engine, articles: RawArticle[], extractor: Extractor | Pipeline) {
  const scratch = await scratchDb(engine);
  const store = await openStore(scratch.spec);
  try {
    const summary = await ingest(store, extractor, from(articles), { now: () => '2026-01-01T00:00:00.000Z' });
    return { summary: { ...summary, stories: summary.stories.size }, dump: await dumpStore(store) };
  } finally {
    await store.close();
    await scratch.dispose();
  }
}

const corpus = synthetic(150, 21, 0.1);

test('extraction on two worker threads stores exactly what the main thread stores', { timeout: 60_000 }, async () => {
  const pool = workerPoolExtractor({ workers: 2, profile: loadProfile() });
  try {
    const parallel = await ingestAndDump('sqlite', corpus, pool);
    const serial = await ingestAndDump('sqlite', corpus, pipeline());
    assert.equal(parallel.summary.added, 150);
    assert.deepEqual(parallel, serial);
  } finally {
    await pool.close();
  }
});

test('a worker pool reports a failed article and goes on', { timeout: 30_000 }, async () => {
  const pool = workerPoolExtractor({ workers: 1, profile: loadProfile() });
  try {
    // A body that is not a string fails inside the worker's pipeline, like any extractor bug.
    await assert.rejects(pool.extract({ ...corpus[0]!, body: null as unknown as string }), Error);
    const ok = await pool.extract(corpus[1]!);
    assert.equal(ok.extraction.doc.id, corpus[1]!.id);
  } finally {
    await pool.close();
  }
});

test('an article that kills its worker fails alone; the article queued beside it is retried and extracted', { timeout: 60_000 }, async () => {
  // One worker, two articles in it at once, a heap far too small for the first.
  const pool = workerPoolExtractor({ workers: 1, profile: loadProfile(), heapMb: 48, tasksPerWorker: 2 });
  try {
    // Big enough that tokens outgrow 48 MB, small enough that no single string copy overshoots
    // the limit at once (V8 then aborts the whole process instead of the worker).
    const huge = { ...corpus[0]!, id: 'huge', body: corpus[0]!.body.repeat(1500) };
    const [big, small] = await Promise.allSettled([pool.extract(huge), pool.extract(corpus[1]!)]);
    assert.equal(big.status, 'rejected');
    assert.match(String((big as PromiseRejectedResult).reason), /needs more memory than an extraction worker may use \(48 MB/);
    assert.equal(small.status, 'fulfilled');
    assert.equal((small as PromiseFulfilledResult<{ extraction: { doc: { id: string } } }>).value.extraction.doc.id, corpus[1]!.id);
  } finally {
    await pool.close();
  }
});

test('SQLite and PostgreSQL hold the same rows after the same ingest', { skip: pgSkip, timeout: 60_000 }, async () => {
  const sqlite = await ingestAndDump('sqlite', corpus.slice(0, 60), pipeline());
  const postgres = await ingestAndDump('postgres', corpus.slice(0, 60), pipeline());
  assert.deepEqual(postgres, sqlite);
});
