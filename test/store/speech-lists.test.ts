import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import * as m019 from '../../src/store/migrations/019_speech_filters.js';
import { TOTAL_CAP, type Page, type PageResult, type RecordFilter } from '../../src/store/queries/filters.js';
import { listQuotes } from '../../src/store/queries/quote-list.js';
import { listStatements } from '../../src/store/queries/statement-list.js';
import type { Database } from '../../src/store/schema.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

type Lister = (db: Kysely<Database>, f: RecordFilter, page: Page) => Promise<PageResult<{ id: string }>>;
const LISTS: Array<['quotes' | 'statements', Lister]> = [
  ['quotes', listQuotes],
  ['statements', listStatements],
];
const OUTLETS = ['Wire A', 'Wire A', 'Daily B', 'Rare C', undefined];

/** The most frequent values first. */
const byCount = <T>(values: T[]): T[] => {
  const n = new Map<T, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
};

/** Every combination of the given values of each filter field (undefined: not asked). */
function combinations(choices: { [K in keyof RecordFilter]: Array<RecordFilter[K]> }): RecordFilter[] {
  let out: RecordFilter[] = [{}];
  for (const [key, values] of Object.entries(choices))
    out = out.flatMap((f) => values.map((v) => (v === undefined ? f : { ...f, [key]: v })));
  return out;
}

testBothEngines('filtered quote and statement lists are a plain filter of all records, newest first, counted up to the cap', async (store) => {
  const arts = synthetic(90, 11).map((a, i) => ({ ...a, outlet: OUTLETS[i % OUTLETS.length] }));
  await ingest(store, pipeline(), from(arts), { batchSize: 13 });
  const db = store.db;
  const sideOf = new Map((await db.selectFrom('actors').select(['key', 'side']).execute()).map((a) => [a.key, a.side]));
  const claims = [
    ...(await db.selectFrom('positions').select(['document_id', 'span_start', 'span_end', 'issue']).execute()),
    ...(await db.selectFrom('statuses').select(['document_id', 'span_start', 'span_end', 'issue']).execute()),
  ];
  for (const [table, list] of LISTS) {
    // Everything the filters ask, from the records, their articles and the positions and statuses they overlap.
    const rows = await db
      .selectFrom(table)
      .innerJoin('documents', 'documents.id', `${table}.document_id`)
      .select([`${table}.id as id`, `${table}.document_id as doc`, `${table}.published as published`, `${table}.span_start as start`,
        `${table}.span_end as end`, `${table}.speaker_key as speaker`, 'documents.outlet as outlet'])
      .execute();
    const all = rows.map((r) => ({
      ...r,
      side: r.speaker === null ? undefined : sideOf.get(r.speaker),
      issues: new Set(claims.filter((c) => c.document_id === r.doc && c.span_start < r.end && c.span_end > r.start).map((c) => c.issue)),
    }));
    all.sort((a, b) => (a.published !== b.published ? (a.published > b.published ? -1 : 1) : a.id < b.id ? -1 : 1));
    const expected = (f: RecordFilter) =>
      all
        .filter((r) => (!f.since || r.published >= f.since) && (!f.until || r.published <= f.until))
        .filter((r) => (!f.actor || r.speaker === f.actor) && (!f.side || r.side === f.side))
        .filter((r) => (!f.outlet || r.outlet === f.outlet) && (!f.issue || r.issues.has(f.issue)))
        .map((r) => r.id);

    const days = [...new Set(all.map((r) => r.published))].sort();
    const [issue1, issue2] = byCount(all.flatMap((r) => [...r.issues]));
    const actor = byCount(all.flatMap((r) => (r.speaker ? [r.speaker] : [])))[0];
    assert.ok(issue1 && issue2 && actor && days.length > 3, `${table}: the store has issues, speakers and days to filter on`);
    const filters = combinations({
      since: [undefined, days[Math.floor(days.length / 3)]],
      until: [undefined, days[Math.floor((2 * days.length) / 3)]],
      side: [undefined, 'ukraine', 'russia', 'other'],
      issue: [undefined, issue1, issue2],
      outlet: [undefined, 'Wire A', 'Rare C'],
      actor: [undefined, actor],
    });
    let selective = 0;
    for (const f of filters) {
      const want = expected(f);
      const label = `${table} ${JSON.stringify(f)}`;
      const got = await list(db, f, { limit: 2000, offset: 0 });
      assert.deepEqual(got.items.map((r) => r.id), want.slice(0, 2000), label);
      assert.deepEqual([got.total, got.totalCapped], [Math.min(want.length, TOTAL_CAP), want.length > TOTAL_CAP], label);
      const page = await list(db, f, { limit: 4, offset: 3 });
      assert.deepEqual(page.items.map((r) => r.id), want.slice(3, 7), `${label}, a later page`);
      if (want.length && want.length < all.length / 20 && Object.keys(f).length >= 3) selective++;
    }
    assert.ok(selective > 10, `${table}: several selective combinations match something (${selective})`);
  }
});

testBothEngines('migration 019 fills the issue tables as the writer does', async (store) => {
  await ingest(store, pipeline(), from(synthetic(30, 4)), { batchSize: 7 });
  const db = store.db as Kysely<Database>;
  const read = async () => ({
    quotes: await db.selectFrom('quote_issues').selectAll().orderBy('record_id').orderBy('issue').execute(),
    statements: await db.selectFrom('statement_issues').selectAll().orderBy('record_id').orderBy('issue').execute(),
  });
  const written = await read();
  assert.ok(written.quotes.length > 0 && written.statements.length > 0);
  await m019.down(db as Kysely<unknown>);
  await m019.up(db as Kysely<unknown>);
  assert.deepEqual(await read(), written);
});
