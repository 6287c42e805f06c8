import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../src/api/server.js';
import { loadProfile } from '../../src/profile/load.js';
import { openStore } from '../../src/store/connect.js';

test('the server binds 127.0.0.1 on a free port and answers over HTTP', async () => {
  const store = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'parley-srv-')), 's.db'));
  const server = await startServer({ store, profile: loadProfile(), port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/overview`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as any).counts.documents, 0);
    const bad = await fetch(`${server.url}/api/quotes?limit=nope`);
    assert.equal(bad.status, 400);
  } finally {
    await server.close();
    await store.close();
  }
});
