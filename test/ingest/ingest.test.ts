import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../src/core/article.js';
import { createPipeline } from '../../src/extract/pipeline.js';
import { ingest } from '../../src/ingest/ingest.js';
import { formatProblem, type InputProblem } from '../../src/ingest/problem.js';
import type { CrossArticleStep } from '../../src/resolve/step.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { synthetic } from '../support/articles.js';
import { dumpStore } from '../support/dump.js';
import { scratchDb, testBothEngines } from '../support/engines.js';
import { toyPipeline } from '../support/toy-stages.js';

async function* from(items: Array<RawArticle | InputProblem>) {
  yield* items;
}

const fixedNow = () => '2026-01-01T00:00:00.000Z';

async function withSqlite<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const scratch = await scratchDb('sqlite');
  const store = await openStore(scratch.spec);
  try {
    return await fn(store);
  } finally {
    await store.close();
    await scratch.dispose();
  }
}

testBothEngines('ingest stores every new article once; copies in the input and in the store are duplicates', async (store) => {
  const arts = synthetic(40, 11);
  const copy = { ...arts[3]!, id: 'copy-of-3', source: 'copy.txt' };
  const first = await ingest(store, toyPipeline(), from([...arts.slice(0, 30), copy]), { now: fixedNow, batchSize: 8 });
  assert.deepEqual({ ...first, stories: undefined }, { read: 31, added: 30, duplicates: 1, failed: 0, stories: undefined });
  const second = await ingest(store, toyPipeline(), from(arts), { now: fixedNow, batchSize: 8 });
  assert.deepEqual([second.added, second.duplicates], [10, 30]);
  const ids = (await store.db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => r.id);
  assert.deepEqual(ids, arts.map((a) => a.id).sort());
});

test('batch size changes nothing in the store: one by one equals 64 at a time', async () => {
  const arts = synthetic(60, 12, 0.2);
  const dumps = [];
  for (const batchSize of [1, 64]) {
    dumps.push(await withSqlite(async (store) => {
      await ingest(store, toyPipeline(), from(arts), { now: fixedNow, batchSize });
      return dumpStore(store);
    }));
  }
  assert.ok(dumps[0]!.stories!.some((s) => (s as { document_count: number }).document_count > 1), 'the corpus has rewrites');
  assert.deepEqual(dumps[0], dumps[1]);
});

test('a bad input, a failed extraction and text the database cannot hold are reported; the rest is stored', async () => {
  const arts = synthetic(6, 13);
  const failing = createPipeline({
    stages: [
      () => (x) => {
        if (x.doc.id === arts[1]!.id) throw new Error('stage broke');
        return {};
      },
    ],
  });
  const problems: string[] = [];
  await withSqlite(async (store) => {
    const summary = await ingest(
      store,
      failing,
      from([arts[0]!, { kind: 'problem', source: 'x.json', line: 3, reason: 'not JSON' }, arts[1]!, { ...arts[2]!, body: 'a\u0000b' }, ...arts.slice(3)]),
      { onProblem: (p) => problems.push(formatProblem(p)) },
    );
    assert.deepEqual([summary.read, summary.added, summary.failed], [6, 4, 3]);
  });
  assert.deepEqual(problems, [
    'x.json:3: not JSON',
    `${arts[2]!.source}: the body contains NUL characters`,
    `${arts[1]!.source}: extraction failed: stage broke`,
  ]);
});

testBothEngines('cross-article steps get each batch\'s new ids inside its transaction; a step failing on a document fails that document alone', async (store) => {
  const arts = synthetic(10, 14);
  const seen: string[][] = [];
  const step: CrossArticleStep = {
    name: 'count',
    async afterStore({ trx, documentIds }) {
      const n = await trx.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).where('id', 'in', [...documentIds]).executeTakeFirstOrThrow();
      assert.equal(Number(n.n), documentIds.length, 'the step sees the batch\'s documents');
      seen.push([...documentIds]);
    },
  };
  await ingest(store, toyPipeline(), from([...arts.slice(0, 7), arts[0]!]), { batchSize: 4, steps: [step] });
  assert.deepEqual(seen, [arts.slice(0, 4).map((a) => a.id), arts.slice(4, 7).map((a) => a.id)]);

  const victim = arts[8]!.id;
  const broken: CrossArticleStep = {
    name: 'broken',
    afterStore: async ({ documentIds }) => {
      if (documentIds.includes(victim)) throw new Error('step failed');
    },
  };
  const problems: string[] = [];
  const summary = await ingest(store, toyPipeline(), from(arts.slice(7)), { steps: [broken], onProblem: (p) => problems.push(formatProblem(p)) });
  assert.deepEqual([summary.added, summary.failed], [2, 1]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /broken: step failed/);
  const ids = (await store.db.selectFrom('documents').select('id').execute()).map((r) => r.id);
  assert.equal(ids.length, 9);
  assert.ok(!ids.includes(victim), 'the document the step failed on is not half-stored');
});

testBothEngines('a document the database refuses is reported alone; its batch-mates are stored', async (store) => {
  const arts = synthetic(5, 15);
  const refuse: CrossArticleStep = {
    name: 'refuse',
    async afterStore({ trx, documentIds }) {
      // A NOT NULL violation, as a step writing one bad row for one document would cause.
      if (documentIds.includes(arts[2]!.id)) await trx.insertInto('meta').values({ key: 'x', value: null as unknown as string, updated_at: 'now' }).execute();
    },
  };
  const problems: string[] = [];
  const summary = await ingest(store, toyPipeline(), from(arts), { steps: [refuse], onProblem: (p) => problems.push(formatProblem(p)) });
  assert.deepEqual([summary.added, summary.failed], [4, 1]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, new RegExp(`^${arts[2]!.source}: cannot store: .*null`, 'i'));
});
