import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { createApp } from '../../src/api/app.js';
import { bearerToken, tokenMatches } from '../../src/api/security.js';
import { loadProfile } from '../../src/profile/load.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { pipeline } from '../support/pipeline.js';

const TOKEN = 'test-token-0123456789abcdef';
const profile = loadProfile();
let store: Store;

const article = {
  id: 'posted-1',
  published: '2025-12-09',
  title: 'Envoys meet in Miami',
  outlet: 'Test Wire',
  body: 'US envoy Steve Witkoff met Ukrainian negotiators in Miami on Saturday. The talks on the peace plan lasted three days.',
};

const post = (app: ReturnType<typeof createApp>, url: string, body: string, headers: Record<string, string> = {}) =>
  app.request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('write routes', () => {
  before(async () => {
    store = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'parley-write-')), 'w.db'));
  });
  after(() => store?.close());

  test('are off without a configured token', async () => {
    const app = createApp({ store, profile });
    const r = await post(app, '/api/documents', JSON.stringify(article), { authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 403);
    assert.equal(((await r.json()) as any).error.code, 'writes_disabled');
  });

  test('need the exact bearer token', async () => {
    const app = createApp({ store, profile, writeToken: TOKEN, pipeline: pipeline() });
    for (const auth of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`]) {
      const r = await post(app, '/api/documents', JSON.stringify(article), auth ? { authorization: auth } : {});
      assert.equal(r.status, 401, String(auth));
      assert.equal(((await r.json()) as any).error.code, 'unauthorized');
    }
    assert.equal((await store.db.selectFrom('documents').selectAll().execute()).length, 0);
  });

  test('store a posted article once, searchable at once', async () => {
    const app = createApp({ store, profile, writeToken: TOKEN, pipeline: pipeline() });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const r = await post(app, '/api/documents', JSON.stringify(article), auth);
    assert.equal(r.status, 201);
    assert.deepEqual(await r.json(), { added: 1, duplicates: 0, failed: 0, problems: [] });
    const again = await post(app, '/api/documents', JSON.stringify({ articles: [article] }), auth);
    assert.equal(((await again.json()) as any).duplicates, 1);
    const hits = (await (await app.request('/api/search?q=Miami')).json()) as any;
    assert.deepEqual(hits.items.map((h: any) => h.id), ['posted-1']);
  });

  test('reject bad bodies with 400, 413 or 415 in the error shape', async () => {
    const app = createApp({ store, profile, writeToken: TOKEN, pipeline: pipeline(), maxBodyBytes: 4096 });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const cases: Array<[string, Record<string, string>, number, string]> = [
      ['{not json', {}, 400, 'bad_request'],
      [JSON.stringify({ ...article, published: '2025-13-45' }), {}, 400, 'bad_request'],
      [JSON.stringify({ ...article, id: '../../etc/passwd' }), {}, 400, 'bad_request'],
      [JSON.stringify({ ...article, extra: 1 }), {}, 400, 'bad_request'],
      [JSON.stringify({ articles: [] }), {}, 400, 'bad_request'],
      [JSON.stringify({ ...article, body: 'x'.repeat(5000) }), {}, 413, 'payload_too_large'],
      [JSON.stringify(article), { 'content-type': 'text/plain' }, 415, 'unsupported_media_type'],
    ];
    for (const [body, headers, status, code] of cases) {
      const r = await post(app, '/api/documents', body, { ...auth, ...headers });
      assert.equal(r.status, status, body.slice(0, 60));
      assert.equal(((await r.json()) as any).error.code, code);
    }
    // Random bodies and content types never produce a 500 (501: no feed reader in this build).
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...article, body: v }))), fc.constantFrom('application/json', 'text/plain', 'application/rss+xml', ''), async (body, type) => {
        for (const url of ['/api/documents', '/api/feeds']) {
          const r = await app.request(url, { method: 'POST', body, headers: { ...auth, 'content-type': type } });
          assert.ok(r.status < 500 || r.status === 501, `${url} ${type} ${body.slice(0, 40)} -> ${r.status}`);
        }
      }),
      { numRuns: 60 },
    );
    const feed = await app.request('/api/feeds', { method: 'POST', body: '<rss/>', headers: { ...auth, 'content-type': 'application/json' } });
    assert.equal(feed.status, 415);
  });
});

test('token comparison accepts only the exact token', () => {
  assert.ok(tokenMatches('abc', 'abc'));
  for (const t of [undefined, '', 'ab', 'abcd', 'ABC']) assert.equal(tokenMatches(t, 'abc'), false, String(t));
  assert.equal(bearerToken('Bearer  tok '), 'tok');
  assert.equal(bearerToken('Basic tok'), undefined);
  assert.equal(bearerToken(undefined), undefined);
});
