import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { cappedTotal, TOTAL_CAP } from '../../src/store/queries/filters.js';
import { listDocumentPage } from '../../src/store/queries/document-list.js';
import { listQuotes } from '../../src/store/queries/quote-list.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

testBothEngines('list totals are exact up to the cap and flagged past it', async (store) => {
  const rows = Array.from({ length: TOTAL_CAP + 5 }, (_, i) => ({ key: `k${String(i).padStart(5, '0')}`, value: i % 2 ? 'odd' : 'even', updated_at: '' }));
  for (let i = 0; i < rows.length; i += 200) await store.db.insertInto('meta').values(rows.slice(i, i + 200)).execute();
  assert.deepEqual(await cappedTotal(store.db, store.db.selectFrom('meta')), { total: TOTAL_CAP, totalCapped: true });
  assert.deepEqual(await cappedTotal(store.db, store.db.selectFrom('meta').where('key', '<', 'k00010')), { total: 10, totalCapped: false });
  assert.deepEqual(await cappedTotal(store.db, store.db.selectFrom('meta').where('key', '=', 'none')), { total: 0, totalCapped: false });
});

testBothEngines('the outlet and issues kept on quotes are those of their article and of the positions and statuses they overlap', async (store) => {
  const arts = synthetic(40, 7).map((a, i) => ({ ...a, outlet: ['Wire A', 'Daily B', undefined][i % 3] }));
  await ingest(store, pipeline(), from(arts), { batchSize: 9 });
  const kept = await sql<{ id: string; outlet: string | null; issues: string }>`select id, outlet, issues from quotes order by id`.execute(store.db);
  const counted = await sql<{ id: string; outlet: string | null; issues: string }>`
    select q.id, d.outlet,
      (select count(*) from positions o where o.document_id = q.document_id and o.span_start < q.span_end and o.span_end > q.span_start) +
      (select count(*) from statuses o where o.document_id = q.document_id and o.span_start < q.span_end and o.span_end > q.span_start) as issues
    from quotes q join documents d on d.id = q.document_id order by q.id`.execute(store.db);
  assert.ok(kept.rows.some((r) => r.issues !== ''), 'some quotes speak to an issue');
  assert.deepEqual(
    kept.rows.map((r) => [r.id, r.outlet, r.issues !== '']),
    counted.rows.map((r) => [r.id, r.outlet, Number(r.issues) > 0]),
  );
  // The filter reads the column: every quote listed for an issue carries it, none of the others does.
  const issue = /,([^,]+),/.exec(kept.rows.find((r) => r.issues && r.outlet === 'Wire A')!.issues)![1]!;
  const listed = await listQuotes(store.db, { issue, outlet: 'Wire A' }, { limit: 500, offset: 0 });
  const expected = kept.rows.filter((r) => r.issues.includes(`,${issue},`) && r.outlet === 'Wire A').map((r) => r.id).sort();
  assert.ok(expected.length > 0);
  assert.deepEqual(listed.items.map((q) => q.id).sort(), expected);
  assert.equal(listed.total, expected.length);
});

testBothEngines('the document list filtered by actor, side and issue lists exactly the articles that mention them and speak to it', async (store) => {
  await ingest(store, pipeline(), from(synthetic(60, 47, 0.1)), { batchSize: 16 });
  const mentions = await store.db.selectFrom('mentions').innerJoin('actors', 'actors.key', 'mentions.actor_key').select(['mentions.document_id', 'mentions.actor_key', 'actors.side']).execute();
  const onIssue = [
    ...(await store.db.selectFrom('positions').select(['document_id', 'issue']).execute()),
    ...(await store.db.selectFrom('statuses').select(['document_id', 'issue']).execute()),
  ];
  const actor = mentions[0]!.actor_key;
  const side = mentions.find((m) => m.side)!.side!;
  const issue = onIssue[0]!.issue;
  const docs = (pred: (id: string) => boolean) => [...new Set(mentions.map((m) => m.document_id))].filter(pred).sort();
  const has = {
    actor: (id: string) => mentions.some((m) => m.document_id === id && m.actor_key === actor),
    side: (id: string) => mentions.some((m) => m.document_id === id && m.side === side),
    issue: (id: string) => onIssue.some((r) => r.document_id === id && r.issue === issue),
  };
  const listed = async (f: object) => (await listDocumentPage(store.db, f, { limit: 500, offset: 0 })).items.map((d) => d.id).sort();
  const expected = docs((id) => has.actor(id) && has.issue(id));
  assert.ok(expected.length > 0 && expected.length < docs(() => true).length, 'the filters pick some articles, not all');
  assert.deepEqual(await listed({ actor, issue }), expected);
  assert.deepEqual(await listed({ side, issue }), docs((id) => has.side(id) && has.issue(id)));
  assert.deepEqual(await listed({ issue }), docs(has.issue));
  // Every side alone (each engine has its own form of the side test); at least one must leave articles out.
  const all = docs(() => true);
  let selective = 0;
  for (const s of [...new Set(mentions.map((m) => m.side).filter((x): x is string => !!x))]) {
    const withSide = docs((id) => mentions.some((m) => m.document_id === id && m.side === s));
    if (withSide.length < all.length) selective++;
    assert.deepEqual(await listed({ side: s }), withSide, s);
  }
  assert.ok(selective > 0, 'some side leaves articles out');
});
