import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrate } from '../../src/store/connect.js';
import { engineOf } from '../../src/store/engine.js';
import { searchDocuments, searchQuotes } from '../../src/store/queries/search.js';
import type { Database } from '../../src/store/schema.js';

/**
 * Migration 002 and the search queries on a real PostgreSQL server (PARLEY_TEST_PG), in a
 * throw-away database. Skips without a server unless PARLEY_REQUIRE_SERVICES=1.
 */
const url = process.env.PARLEY_TEST_PG;
const skip = url || process.env.PARLEY_REQUIRE_SERVICES === '1' ? false : 'needs PostgreSQL: set PARLEY_TEST_PG=postgres://… (scripts/ci-services.sh starts one)';
const name = `parley_web_search_${process.pid}`;
let admin: pg.Client;
let db: Kysely<Database>;

describe('full-text search on PostgreSQL', { skip }, () => {
  before(async () => {
    assert.ok(url, 'PARLEY_REQUIRE_SERVICES=1 but PARLEY_TEST_PG is not set');
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.toString(), max: 2 }) }) });
    await migrate(db);
  });
  after(async () => {
    await db?.destroy();
    await admin?.query(`drop database if exists ${name}`);
    await admin?.end();
  });

  test('the migration indexes documents and quotes, and queries find and mark them', async () => {
    assert.equal(engineOf(db), 'postgres');
    const doc = (id: string, title: string, text: string, published: string, outlet: string) => ({
      id, content_hash: id, source: `${id}.txt`, format: 'text', url: null, title, outlet, published, raw_text: text, text,
      segments: '[]', removed: '[]', sentences: '[]', minhash: '[]', story_id: id, story_similarity: 1, extractor_version: 1,
      ingested_at: '2026-01-01T00:00:00Z',
    });
    await db.insertInto('documents').values([
      doc('a', 'Envoys meet in Moscow', 'Witkoff met Putin at the Kremlin to discuss security guarantees for Ukraine.', '2025-12-02', 'Wire'),
      doc('b', 'Talks in Miami', 'Negotiators discussed territory and the nuclear plant.', '2025-12-06', 'Daily'),
    ]).execute();
    await db.insertInto('quotes').values({
      id: 'a#q0', document_id: 'a', span_start: 0, span_end: 10, text: 'we need real security guarantees', rule: 'test', speaker_key: 'zelensky',
      speaker_name: 'Volodymyr Zelensky', speaker_text: null, speaker_start: null, speaker_end: null, speaker_basis: null, cue: null,
      cue_start: null, cue_end: null, partial: 0, group_key: 'g', published: '2025-12-02',
    }).execute();
    const page = { limit: 10, offset: 0 };
    const hits = await searchDocuments(db, '"security guarantees" Kremlin', {}, page);
    assert.deepEqual(hits.items.map((h) => h.id), ['a']);
    const marked = hits.items[0]!.snippet;
    assert.ok(marked.highlights.length >= 2);
    for (const h of marked.highlights) assert.match(marked.text.slice(h.start, h.end), /security|guarantees|kremlin/i);
    assert.equal((await searchDocuments(db, 'nuclear', { outlet: 'Wire' }, page)).total, 0);
    assert.equal((await searchDocuments(db, 'nuclear', { since: '2025-12-05' }, page)).total, 1);
    assert.equal((await searchDocuments(db, 'AND OR ( " :* !', {}, page)).total, 0);
    const quotes = await searchQuotes(db, 'guarantee', {}, page);
    assert.deepEqual(quotes.items.map((q) => q.id), ['a#q0']);
    assert.equal((await searchQuotes(db, 'guarantee', { actor: 'someone-else' }, page)).total, 0);
    const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where indexname in ('documents_search', 'quotes_search') order by 1`.execute(db);
    assert.deepEqual(indexes.rows.map((r) => r.indexname), ['documents_search', 'quotes_search']);
  });
});
