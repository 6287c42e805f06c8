import assert from 'node:assert/strict';
import { decodeSketch } from '../../src/ingest/dedup/minhash.js';
import { saveDocuments } from '../../src/store/repositories/documents.js';
import { migrate, type Store } from '../../src/store/connect.js';
import { saveInput, synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { toyPipeline } from '../support/toy-stages.js';

const count = async (store: Store, table: 'documents' | 'mentions' | 'quotes' | 'lsh_bands' | 'stories') =>
  Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

testBothEngines('stores documents with every record; stored content is a duplicate, a reused id a conflict', async (store) => {
  const inputs = synthetic(12, 3).map((a) => saveInput(toyPipeline(), a));
  const mentions = inputs.reduce((n, i) => n + i.extraction.mentions.length, 0);
  const quotes = inputs.reduce((n, i) => n + i.extraction.quotes.length, 0);
  assert.ok(mentions > 0 && quotes > 0, 'the toy stages find names and quotes');

  const first = await store.write((trx) => saveDocuments(trx, inputs));
  assert.deepEqual(first.map((r) => r.status), inputs.map(() => 'added'));
  assert.equal(await count(store, 'documents'), 12);
  assert.equal(await count(store, 'mentions'), mentions);
  assert.equal(await count(store, 'quotes'), quotes);
  const doc = await store.db.selectFrom('documents').selectAll().where('id', '=', inputs[0]!.extraction.doc.id).executeTakeFirstOrThrow();
  assert.equal(doc.text, inputs[0]!.extraction.doc.text);
  const stored = await store.db.selectFrom('document_sketches').selectAll().where('document_id', '=', doc.id).executeTakeFirstOrThrow();
  assert.deepEqual(decodeSketch(stored.sketch), inputs[0]!.minhash);
  assert.equal(stored.story_id, doc.story_id);

  const again = await store.write((trx) => saveDocuments(trx, inputs.slice(0, 2)));
  assert.deepEqual(again, inputs.slice(0, 2).map((i) => ({ status: 'duplicate', existingId: i.extraction.doc.id })));
  const other = synthetic(13, 3)[12]!;
  const clash = saveInput(toyPipeline(), { ...other, id: inputs[0]!.extraction.doc.id });
  assert.deepEqual(await store.write((trx) => saveDocuments(trx, [clash])), [{ status: 'id-conflict' }]);
  assert.equal(await count(store, 'documents'), 12);
  assert.equal(await count(store, 'mentions'), mentions);
});

testBothEngines('two copies of one content in one batch store it once', async (store) => {
  const [a] = synthetic(1, 4);
  const one = saveInput(toyPipeline(), a!);
  const copy = saveInput(toyPipeline(), { ...a!, id: 'copy', source: 'copy.txt' });
  const results = await store.write((trx) => saveDocuments(trx, [one, copy]));
  assert.deepEqual(results.map((r) => r.status), ['added', 'duplicate']);
  assert.equal(await count(store, 'documents'), 1);
});

testBothEngines('a rewritten copy joins the story of its original; an unrelated article starts its own', async (store) => {
  const [a, b] = synthetic(2, 5);
  const paras = a!.body.split('\n\n');
  const rewrite = { ...a!, id: 'rewrite', source: 'rewrite.txt', body: [...paras.slice(0, -2), 'A new closing paragraph.'].join('\n\n') };
  const results = await store.write((trx) => saveDocuments(trx, [a!, b!, rewrite].map((x) => saveInput(toyPipeline(), x))));
  assert.deepEqual(results, [
    { status: 'added', id: a!.id, storyId: a!.id },
    { status: 'added', id: b!.id, storyId: b!.id },
    { status: 'added', id: 'rewrite', storyId: a!.id },
  ]);
  const story = await store.db.selectFrom('stories').selectAll().where('id', '=', a!.id).executeTakeFirstOrThrow();
  assert.deepEqual({ ...story, first_published: story.first_published }, { id: a!.id, first_published: a!.published, document_count: 2, outlet_count: 0 });
  const sim = await store.db.selectFrom('documents').select('story_similarity').where('id', '=', 'rewrite').executeTakeFirstOrThrow();
  assert.ok(sim.story_similarity >= 0.5 && sim.story_similarity < 1, `similarity ${sim.story_similarity}`);
});

testBothEngines('a store from before migration 026 moves its JSON sketches to document_sketches, and a later copy still finds its original', async (store) => {
  const [a, b] = synthetic(2, 7);
  await store.write((trx) => saveDocuments(trx, [a!, b!].map((x) => saveInput(toyPipeline(), x))));
  // Back to the old layout: sketches as JSON in documents, no narrow table, migration 026 not run.
  const sketches = await store.db.selectFrom('document_sketches').selectAll().execute();
  for (const r of sketches) {
    await store.db.updateTable('documents').set({ minhash: JSON.stringify(decodeSketch(r.sketch)) }).where('id', '=', r.document_id).execute();
  }
  await store.db.schema.dropTable('document_sketches').execute();
  await store.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '026_document_sketches' as never).execute();
  await migrate(store.db, store.schema !== undefined ? { schema: store.schema } : {});

  const moved = await store.db.selectFrom('document_sketches').selectAll().orderBy('document_id').execute();
  assert.deepEqual(moved.map((r) => [r.document_id, r.story_id, decodeSketch(r.sketch)]), sketches.sort((x, y) => (x.document_id < y.document_id ? -1 : 1)).map((r) => [r.document_id, r.story_id, decodeSketch(r.sketch)]));
  assert.ok(moved.every((r) => r.sketch.startsWith('{')), 'the old rows keep their JSON');
  const paras = a!.body.split('\n\n');
  const copy = { ...a!, id: 'copy', source: 'copy.txt', body: [...paras.slice(0, -1), 'One more closing line.'].join('\n\n') };
  const [result] = await store.write((trx) => saveDocuments(trx, [saveInput(toyPipeline(), copy)]));
  assert.deepEqual(result, { status: 'added', id: 'copy', storyId: a!.id });
});

testBothEngines('actor and alias counts add up across batches', async (store) => {
  const inputs = synthetic(30, 6).map((a) => saveInput(toyPipeline(), a));
  await store.write((trx) => saveDocuments(trx, inputs.slice(0, 7)));
  await store.write((trx) => saveDocuments(trx, inputs.slice(7)));
  const expected = new Map<string, { mentions: number; docs: number }>();
  for (const { extraction: x } of inputs) {
    for (const a of x.actors) {
      const e = expected.get(a.key) ?? { mentions: 0, docs: 0 };
      e.mentions += x.mentions.filter((m) => m.actor === a.key).length;
      e.docs += 1;
      expected.set(a.key, e);
    }
  }
  const rows = await store.db.selectFrom('actors').selectAll().execute();
  assert.equal(rows.length, expected.size);
  for (const r of rows) assert.deepEqual({ mentions: r.mention_count, docs: r.document_count }, expected.get(r.key), r.key);
  const aliases = await store.db.selectFrom('actor_aliases').selectAll().execute();
  for (const al of aliases) assert.equal(al.count, expected.get(al.actor_key)!.docs);
});

testBothEngines('outlets count their documents and keep the earliest date', async (store) => {
  const [a, b, c] = synthetic(3, 7);
  const arts = [
    { ...a!, outlet: 'Wire', published: '2025-12-10' },
    { ...b!, outlet: 'Wire', published: '2025-12-03' },
    { ...c!, outlet: 'Daily', published: '2025-12-20' },
  ];
  await store.write((trx) => saveDocuments(trx, arts.slice(0, 1).map((x) => saveInput(toyPipeline(), x))));
  await store.write((trx) => saveDocuments(trx, arts.slice(1).map((x) => saveInput(toyPipeline(), x))));
  const outlets = await store.db.selectFrom('outlets').select(['name', 'document_count', 'first_published']).orderBy('name').execute();
  assert.deepEqual(outlets, [
    { name: 'Daily', document_count: 1, first_published: '2025-12-20' },
    { name: 'Wire', document_count: 2, first_published: '2025-12-03' },
  ]);
});

testBothEngines('a failed write transaction leaves nothing behind', async (store) => {
  const inputs = synthetic(3, 8).map((a) => saveInput(toyPipeline(), a));
  await assert.rejects(
    store.write(async (trx) => {
      await saveDocuments(trx, inputs);
      throw new Error('crash after saving');
    }),
    /crash after saving/,
  );
  assert.equal(await count(store, 'documents'), 0);
  assert.equal(await count(store, 'mentions'), 0);
  assert.equal(await count(store, 'lsh_bands'), 0);
  assert.equal(await count(store, 'stories'), 0);
});
