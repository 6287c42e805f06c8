import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { MAX_PAGE_SIZE } from '../../src/api/params.js';
import { loadProfile } from '../../src/profile/load.js';
import { buildDemoStore, demoSkip, type DemoStore } from '../support/demo-store.js';
import { HOSTILE_ARTICLE } from '../support/hostile.js';

let demo: DemoStore;
let app: Hono;
const profile = loadProfile();

const get = async (url: string) => {
  const res = await app.request(url);
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
};

/** The key of the best-known actor whose name contains `name`: keys depend on the actor extractor. */
const actorKey = async (name: string): Promise<string> => (await get(`/api/actors?q=${encodeURIComponent(name)}`)).body.items[0].key;

const assertError = (r: { status: number; body: any }, status: number, code: string) => {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.deepEqual(Object.keys(r.body), ['error']);
  assert.equal(r.body.error.code, code);
  assert.equal(typeof r.body.error.message, 'string');
};

const LISTS = ['/api/documents', '/api/quotes', '/api/statements', '/api/events', '/api/timeline', '/api/positions', '/api/statuses', '/api/actors', '/api/stories'];

describe('REST API', { skip: demoSkip() }, () => {
  before(async () => {
    demo = await buildDemoStore();
    app = createApp({ store: demo.store, profile, log: () => {} });
  });
  after(() => demo?.store.close());

  test('every list endpoint pages its items and reports the total', async () => {
    for (const url of LISTS) {
      const all = await get(`${url}?limit=${MAX_PAGE_SIZE}`);
      assert.equal(all.status, 200, url);
      const two = await get(`${url}?limit=2&offset=1`);
      assert.equal(two.body.total, all.body.total, url);
      assert.ok(two.body.items.length <= 2, url);
      if (all.body.total > 3) assert.deepEqual(two.body.items, all.body.items.slice(1, 3), url);
    }
  });

  test('filters narrow the lists to what they name', async () => {
    const quotes = await get('/api/quotes?side=ukraine&limit=200');
    assert.ok(quotes.body.items.length > 0);
    assert.ok(quotes.body.items.every((q: any) => q.speakerSide === 'ukraine'));
    const key = await actorKey('Zelensky');
    const zelensky = await get(`/api/quotes?actor=${encodeURIComponent(key)}&limit=200`);
    assert.ok(zelensky.body.items.length > 0 && zelensky.body.items.every((q: any) => q.speakerKey === key));
    const positions = await get('/api/positions?issue=territory&since=2025-12-01&until=2025-12-31&limit=200');
    assert.ok(positions.body.items.length > 0);
    for (const p of positions.body.items) assert.ok(p.issue === 'territory' && p.date >= '2025-12-01' && p.date <= '2025-12-31');
    const outlet = (await get('/api/outlets')).body.items[0].name;
    const docs = await get(`/api/documents?outlet=${encodeURIComponent(outlet)}&limit=200`);
    assert.ok(docs.body.total > 0 && docs.body.items.every((d: any) => d.outlet === outlet));
    const onIssue = await get('/api/quotes?issue=territory&limit=200');
    assert.ok(onIssue.body.total > 0 && onIssue.body.total < (await get('/api/quotes')).body.total);
    const witkoff = await get(`/api/actors?q=Witkoff`);
    const timeline = await get(`/api/timeline?actor=${encodeURIComponent(witkoff.body.items[0].key)}&limit=200`);
    assert.ok(timeline.body.items.length > 0);
    assert.ok(timeline.body.items.every((t: any) => t.participants.includes(witkoff.body.items[0].name)));
  });

  test('a document comes with its cleaned text and every record pointing into it', async () => {
    const list = await get('/api/documents?limit=200');
    let records = 0;
    for (const { id } of list.body.items) {
      const d = await get(`/api/documents/${encodeURIComponent(id)}`);
      assert.equal(d.status, 200);
      for (const [kind, rows] of Object.entries(d.body.records) as Array<[string, any[]]>) {
        for (const r of rows) {
          records++;
          assert.equal(d.body.text.slice(r.span.start, r.span.end), r.text, `${kind} ${r.id}`);
          assert.ok(r.rule, `${kind} ${r.id} has a rule`);
        }
      }
      for (const r of d.body.removed) assert.ok(r.at >= 0 && r.at <= d.body.text.length);
    }
    assert.ok(records > 500, `${records} records checked`);
  });

  test('unknown documents, actors, events and routes answer 404 in the error shape', async () => {
    assertError(await get('/api/documents/no-such-doc'), 404, 'not_found');
    assertError(await get('/api/actors/nobody'), 404, 'not_found');
    assertError(await get('/api/timeline/none'), 404, 'not_found');
    assertError(await get('/api/nothing-here'), 404, 'not_found');
  });

  test('malformed parameters are rejected with 400 and name the bad value', async () => {
    const bad = [
      '/api/quotes?limit=abc', '/api/quotes?limit=0', `/api/quotes?limit=${MAX_PAGE_SIZE + 1}`, '/api/quotes?limit=1e2',
      '/api/quotes?offset=-1', '/api/quotes?offset=99999999', '/api/documents?since=2025-13-45', '/api/documents?until=2025-02-30',
      '/api/documents?since=yesterday', '/api/positions?side=Ukraine%20side', '/api/positions?stance=maybe', '/api/statuses?status=done',
      '/api/matrix?bucket=year', '/api/search', '/api/search?q=', '/api/search?q=x&kind=tweets', '/api/briefs', '/api/quotes?foo=bar',
      '/api/quotes?limit=1&limit=2', '/api/matrix/evidence?side=ukraine', `/api/documents/${'x'.repeat(400)}`,
      '/api/briefs?since=2025-12-10&until=2025-12-01', '/api/timeline?type=%3Cscript%3E', '/api/actors?kind=robot',
    ];
    for (const url of bad) assertError(await get(url), 400, 'bad_request');
    const r = await get('/api/quotes?limit=abc');
    assert.match(r.body.error.message, /"limit".*"abc"/);
    assert.deepEqual(r.body.error.details.map((d: any) => d.name), ['limit']);
  });

  test('random query strings never produce a 500', async () => {
    const key = fc.constantFrom('limit', 'offset', 'since', 'until', 'side', 'issue', 'actor', 'outlet', 'q', 'kind', 'bucket', 'stance', 'type', 'x');
    const value = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('%', '%ZZ', '2025-02-29', '"', "'; drop table documents; --", '\u0000', 'NEAR(', '*'));
    const path = fc.constantFrom(...LISTS, '/api/search', '/api/matrix', '/api/matrix/evidence', '/api/briefs', '/api/outlets/coverage', '/api/documents/', '/api/actors/');
    await fc.assert(
      fc.asyncProperty(path, fc.array(fc.tuple(key, value), { maxLength: 4 }), fc.string(), async (p, params, tail) => {
        const qs = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const url = p.endsWith('/') ? `${p}${encodeURIComponent(tail) || 'x'}?${qs}` : `${p}?${qs}`;
        const res = await app.request(url);
        assert.ok(res.status < 500, `${url} -> ${res.status}`);
        const body = (await res.json()) as any;
        if (res.status >= 400) assert.equal(typeof body.error.code, 'string', url);
      }),
      { numRuns: 300 },
    );
    // Raw, unencoded junk in the query string and path as well.
    for (const raw of ['/api/quotes?%', '/api/quotes?limit=%E0%A4%A', '/api/documents/%E0%A4%A', '/api/search?q=%FF%FE', '/api/search?q=%22%22%22', '/api/search?q=AND%20OR%20NOT%20(']) {
      const res = await app.request(raw);
      assert.ok(res.status < 500, `${raw} -> ${res.status}`);
    }
  });

  test('full-text search finds documents and quotes and marks the matched words', async () => {
    const docs = await get('/api/search?q=Witkoff%20Kremlin');
    assert.ok(docs.body.total > 0);
    assert.equal(docs.body.order, 'relevance', 'a few matches are ranked');
    for (const hit of docs.body.items) {
      assert.ok(hit.snippet.highlights.length > 0);
      for (const h of hit.snippet.highlights) assert.match(hit.snippet.text.slice(h.start, h.end), /witkoff|kremlin/i);
    }
    const phrase = await get('/api/search?q=%22security%20guarantees%22');
    assert.ok(phrase.body.total > 0);
    // The side filter keeps exactly the hits whose speaker speaks for that side.
    const all = (await get('/api/search?kind=quotes&q=peace&limit=100')).body.items;
    const sideOf = new Map<string, string>();
    for (const a of (await get(`/api/actors?limit=${MAX_PAGE_SIZE}`)).body.items) sideOf.set(a.key, a.side);
    const side = all.map((q: any) => sideOf.get(q.speakerKey)).find(Boolean);
    assert.ok(side, 'some quote about peace has a speaker with a side');
    const quotes = await get(`/api/search?kind=quotes&q=peace&side=${side}&limit=100`);
    assert.ok(quotes.body.total > 0 && quotes.body.items.every((q: any) => /peace/i.test(q.quote.text)));
    assert.deepEqual(quotes.body.items.map((q: any) => q.id).sort(), all.filter((q: any) => sideOf.get(q.speakerKey) === side).map((q: any) => q.id).sort());
    const none = await get('/api/search?q=xylophonequartz');
    assert.equal(none.body.total, 0);
  });

  test('the matrix counts every position once and its evidence lists the sentences and articles', async () => {
    const m = await get('/api/matrix?bucket=week');
    const positions = await get('/api/positions?limit=1');
    assert.equal(m.body.cells.reduce((n: number, c: any) => n + c.count, 0), positions.body.total);
    const cell = m.body.cells.find((c: any) => c.side === 'ukraine' && c.issue === 'territory');
    assert.ok(cell, 'ukraine × territory has positions');
    const ev = await get('/api/matrix/evidence?side=ukraine&issue=territory');
    assert.equal(ev.body.positions.length, cell.count);
    assert.ok(ev.body.documents.length > 0 && ev.body.corroboration > 0);
    const asOf = await get('/api/matrix?until=2025-12-01');
    assert.ok(asOf.body.cells.every((c: any) => c.latest.date <= '2025-12-01'));
  });

  test('a brief lists what changed in its window with sources', async () => {
    const b = await get('/api/briefs?since=2025-12-15&until=2026-01-31');
    assert.equal(b.status, 200);
    assert.ok(b.body.positions.length > 0 || b.body.statuses.length > 0);
    for (const p of b.body.positions) for (const s of p.sources) assert.ok(s.published >= '2025-12-15' && s.published <= '2026-01-31');
    for (const e of b.body.events) assert.ok((e.date ?? e.firstReported) >= '2025-12-15');
    // The brief reads per-day counts and the story index; the record lists must agree with it.
    const window = 'since=2025-12-15&until=2026-01-31';
    for (const st of b.body.statuses) {
      const records = await get(`/api/statuses?issue=${st.issue}&${window}&limit=${MAX_PAGE_SIZE}`);
      assert.equal(st.claims.reduce((n: number, c: any) => n + c.reports, 0), records.body.total, st.issue);
      assert.deepEqual([...new Set(st.claims.map((c: any) => c.status))].sort(), [...new Set(records.body.items.map((r: any) => r.status))].sort());
      assert.ok(st.corroboration >= 1 && st.corroboration <= records.body.total);
    }
    for (const p of b.body.positions) {
      const records = await get(`/api/positions?side=${p.side}&issue=${p.issue}&${window}&limit=${MAX_PAGE_SIZE}`);
      assert.deepEqual(p.now, [...new Set(records.body.items.map((r: any) => r.stance))].sort(), `${p.side} × ${p.issue}`);
      assert.equal(p.sources.length, Math.min(12, records.body.total));
      assert.ok(p.corroboration >= 1 && p.corroboration <= records.body.total);
    }
  });

  test('outlets carry the counts of what their articles report, as the records say', async () => {
    const outlets = (await get('/api/outlets')).body.items;
    assert.ok(outlets.length > 1);
    for (const [table, field] of [['quotes', 'quoteCount'], ['events', 'eventCount'], ['positions', 'positionCount'], ['statuses', 'statusCount']] as const) {
      const rows = await demo.store.db
        .selectFrom(table)
        .innerJoin('documents', 'documents.id', `${table}.document_id`)
        .select((eb) => ['documents.outlet', eb.fn.countAll<number>().as('n')])
        .groupBy('documents.outlet')
        .execute();
      const want = new Map(rows.map((r) => [r.outlet, Number(r.n)]));
      for (const o of outlets) assert.equal(o[field], want.get(o.name) ?? 0, `${o.name} ${field}`);
    }
    assert.ok(outlets.some((o: any) => o.positionCount > 0));
  });

  test('the timeline filtered by side holds exactly the events one of whose reports names an actor of that side', async () => {
    const expected = await demo.store.db
      .selectFrom('events')
      .innerJoin('event_participants', 'event_participants.event_id', 'events.id')
      .innerJoin('actors', 'actors.key', 'event_participants.actor_key')
      .select('events.timeline_id')
      .distinct()
      .where('actors.side', '=', 'russia')
      .execute();
    const got = await get(`/api/timeline?side=russia&limit=${MAX_PAGE_SIZE}`);
    assert.ok(expected.length > 0 && expected.length <= MAX_PAGE_SIZE);
    assert.equal(got.body.total, expected.length);
    assert.deepEqual(got.body.items.map((t: any) => t.id).sort(), expected.map((e) => e.timeline_id).sort());
  });

  test('an actor page has aliases, activity over time and quotes', async () => {
    const a = await get(`/api/actors/${encodeURIComponent(await actorKey('Zelensky'))}`);
    assert.equal(a.body.side, 'ukraine');
    assert.ok(a.body.aliases.length > 1);
    assert.ok(a.body.quotes.items.length > 0);
    assert.equal(a.body.activity.reduce((n: number, d: any) => n + d.quotes, 0), a.body.quotes.total);
    // First and last seen are kept by the write batch; they must match the articles that mention the actor.
    const seen = await demo.store.db
      .selectFrom('mentions')
      .innerJoin('documents', 'documents.id', 'mentions.document_id')
      .select((eb) => [eb.fn.min('documents.published').as('first'), eb.fn.max('documents.published').as('last')])
      .where('mentions.actor_key', '=', a.body.key)
      .executeTakeFirstOrThrow();
    assert.deepEqual([a.body.firstSeen, a.body.lastSeen], [seen.first, seen.last]);
    assert.ok(a.body.firstSeen < a.body.lastSeen);
  });

  test('the OpenAPI document lists every route with its parameters', async () => {
    const doc = await get('/api/openapi.json');
    assert.equal(doc.body.openapi, '3.1.0');
    for (const p of [...LISTS, '/api/search', '/api/matrix', '/api/briefs', '/api/documents/{id}', '/api/actors/{key}']) assert.ok(doc.body.paths[p], p);
    const limit = doc.body.paths['/api/quotes'].get.parameters.find((p: any) => p.name === 'limit');
    assert.equal(limit.schema.maximum, MAX_PAGE_SIZE);
    assert.ok(doc.body.paths['/api/documents'].post.security);
  });

  test('responses carry a CSP without inline scripts, and no CORS header unless configured', async () => {
    const r = await app.request('/api/meta', { headers: { Origin: 'https://evil.example' } });
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('access-control-allow-origin'), null);
    const withCors = createApp({ store: demo.store, profile, corsOrigins: ['https://ok.example'] });
    const ok = await withCors.request('/api/meta', { headers: { Origin: 'https://ok.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://ok.example');
    const evil = await withCors.request('/api/meta', { headers: { Origin: 'https://evil.example' } });
    assert.notEqual(evil.headers.get('access-control-allow-origin'), 'https://evil.example');
  });

  test('the store keeps hostile text as data', async () => {
    const d = await get(`/api/documents/${HOSTILE_ARTICLE.id}`);
    assert.equal(d.body.title, HOSTILE_ARTICLE.title);
    assert.equal(d.body.outlet, HOSTILE_ARTICLE.outlet);
    assert.equal(d.body.records.quotes.length, 1);
  });
});
