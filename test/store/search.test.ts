import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { TOTAL_CAP } from '../../src/store/queries/filters.js';
import { parseMarked, searchDocuments, searchQuotes, toFts5Query } from '../../src/store/queries/search.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

test('user text becomes a safe FTS5 query', () => {
  assert.equal(toFts5Query('Witkoff "peace plan" Kush*'), '"witkoff" "peace plan" "kush"*');
  assert.equal(toFts5Query('AND OR NOT ( NEAR'), '"and" "or" "not" "near"');
  assert.equal(toFts5Query('Russia\'s "" *'), '"russia s"');
  assert.equal(toFts5Query('"""'), null);
  assert.equal(toFts5Query('   '), null);
});

test('marked snippets become plain text with highlight offsets', () => {
  assert.deepEqual(parseMarked('a \uE000bc\uE001 d'), { text: 'a bc d', highlights: [{ start: 2, end: 4 }] });
  assert.deepEqual(parseMarked('x\uE001y\uE000z'), { text: 'xyz', highlights: [] });
});

async function* from(items: RawArticle[]) {
  yield* items;
}

const newestFirst = (a: { published: string; id: string }, b: { published: string; id: string }) =>
  a.published === b.published ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.published < b.published ? 1 : -1;

testBothEngines('search ranks the words of few articles and lists those of many newest first, whatever the filters', async (store) => {
  await ingest(store, pipeline(), from(synthetic(40, 3).map((a, i) => ({ ...a, outlet: ['Wire A', 'Daily B'][i % 2] }))), { batchSize: 10 });
  const { db } = store;
  const all = { limit: 200, offset: 0 };
  const ranked = await searchDocuments(db, 'talks', {}, all);
  assert.equal(ranked.order, 'relevance');
  assert.ok(ranked.total >= 20 && !ranked.totalCapped, `"talks" is in most synthetic articles (${ranked.total})`);
  // Past the rank limit: the same hits and count, newest first (not the relevance order).
  const newest = await searchDocuments(db, 'talks', {}, all, { rankLimit: 5 });
  assert.equal(newest.order, 'newest');
  assert.equal(newest.total, ranked.total);
  const byDate = [...ranked.items].sort(newestFirst).map((h) => h.id);
  assert.deepEqual(newest.items.map((h) => h.id), byDate);
  assert.notDeepEqual(ranked.items.map((h) => h.id), byDate);
  // Pages are slices of that list, each hit with its own snippet.
  const texts = new Map((await db.selectFrom('documents').select(['id', 'text']).execute()).map((d) => [d.id, d.text]));
  const paged = [];
  for (let offset = 0; offset < newest.total; offset += 7) paged.push(...(await searchDocuments(db, 'talks', {}, { limit: 7, offset }, { rankLimit: 5 })).items);
  assert.deepEqual(paged.map((h) => h.id), byDate);
  for (const hit of paged) {
    assert.ok(hit.snippet.highlights.length > 0, hit.id);
    for (const h of hit.snippet.highlights) assert.match(hit.snippet.text.slice(h.start, h.end), /^talk/i);
    for (const piece of hit.snippet.text.split('…').map((p) => p.trim()).filter(Boolean)) assert.ok(texts.get(hit.id)!.includes(piece), `${hit.id}: "${piece}"`);
  }
  // Filters that leave no more hits than the limit keep the order of the words: newest first.
  const expected = newest.items.filter((h) => h.outlet === 'Wire A' && h.published >= '2025-12-15').map((h) => h.id);
  assert.ok(expected.length > 1 && expected.length < newest.total);
  const wire = await searchDocuments(db, 'talks', { outlet: 'Wire A', since: '2025-12-15' }, all, { rankLimit: expected.length });
  assert.equal(wire.order, 'newest');
  assert.deepEqual(wire.items.map((h) => h.id), expected);
  assert.equal(wire.total, expected.length);
  // Quotes: the same rule; each hit carries its own quote, whole, and filters keep their subset.
  const quotes = await searchQuotes(db, 'talks', {}, all, { rankLimit: 2 });
  assert.equal(quotes.order, 'newest');
  assert.equal((await searchQuotes(db, 'talks', {}, all)).order, 'relevance');
  assert.ok(quotes.items.length > 2);
  assert.deepEqual(quotes.items.map((q) => q.id), [...quotes.items].sort(newestFirst).map((q) => q.id));
  const stored = new Map((await db.selectFrom('quotes').select(['id', 'text', 'speaker_key']).execute()).map((q) => [q.id, q]));
  for (const q of quotes.items) assert.equal(q.quote.text, stored.get(q.id)!.text);
  const speaker = quotes.items.find((q) => q.speakerKey)!.speakerKey!;
  const theirs = await searchQuotes(db, 'talks', { actor: speaker }, all, { rankLimit: 2 });
  assert.deepEqual(theirs.items.map((q) => q.id), quotes.items.filter((q) => q.speakerKey === speaker).map((q) => q.id));
});

testBothEngines('a search counts its matches up to the cap and pages on past it, newest first', async (store) => {
  const { db } = store;
  const day = (i: number) => `2025-12-${String(1 + (i % 28)).padStart(2, '0')}`;
  const rows = Array.from({ length: TOTAL_CAP + 30 }, (_, i) => {
    const id = `d${String(i).padStart(5, '0')}`;
    const text = `Round ${i} of talks in Geneva.`;
    return {
      id, content_hash: id, source: `${id}.txt`, format: 'text', url: null, title: null, outlet: i % 2 ? 'Wire' : 'Daily', published: day(i),
      raw_text: text, text, segments: '[]', removed: '[]', sentences: '[]', minhash: '[]', story_id: id, story_similarity: 1,
      extractor_version: 1, ingested_at: '2026-01-01T00:00:00Z',
    };
  });
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('documents').values(rows.slice(i, i + 200)).execute();
  const byDate = rows.map((r) => ({ id: r.id, published: r.published })).sort(newestFirst).map((r) => r.id);
  const first = await searchDocuments(db, 'talks', {}, { limit: 20, offset: 0 });
  assert.deepEqual([first.total, first.totalCapped, first.order], [TOTAL_CAP, true, 'newest']);
  assert.deepEqual(first.items.map((h) => h.id), byDate.slice(0, 20));
  const past = await searchDocuments(db, 'talks', {}, { limit: 20, offset: TOTAL_CAP - 5 });
  assert.deepEqual(past.items.map((h) => h.id), byDate.slice(TOTAL_CAP - 5, TOTAL_CAP + 15));
  const wire = await searchDocuments(db, 'talks', { outlet: 'Wire' }, { limit: 20, offset: 0 });
  assert.deepEqual([wire.total, wire.totalCapped, wire.order], [(TOTAL_CAP + 30) / 2, false, 'newest']);
  // PostgreSQL counts by walking the rows the filters pass, or (past the walk's limit) leaves it to the planner:
  // the same counts either way, under and past the cap.
  for (const walkLimit of [1, 100, 10_000]) {
    const walked = await searchDocuments(db, 'talks', { outlet: 'Wire' }, { limit: 20, offset: 0 }, { walkLimit });
    assert.deepEqual([walked.total, walked.totalCapped], [(TOTAL_CAP + 30) / 2, false], `walk limit ${walkLimit}`);
    assert.deepEqual(walked.items.map((h) => h.id), wire.items.map((h) => h.id));
    const dated = await searchDocuments(db, 'talks', { since: '2025-12-01' }, { limit: 20, offset: 0 }, { walkLimit });
    assert.deepEqual([dated.total, dated.totalCapped], [TOTAL_CAP, true], `walk limit ${walkLimit}`);
    const rare = await searchDocuments(db, 'talks', { since: '2025-12-28' }, { limit: 50, offset: 0 }, { walkLimit });
    assert.equal(rare.total, rows.filter((r) => r.published >= '2025-12-28').length, `walk limit ${walkLimit}`);
  }
  assert.equal((await searchDocuments(db, 'round 7 geneva', {}, { limit: 20, offset: 0 })).order, 'relevance');
});
