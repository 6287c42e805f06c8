import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError, withRetries } from '../../src/store/retry.js';

const failing = (code: string, times: number) => {
  let calls = 0;
  const fn = async () => {
    calls++;
    if (calls <= times) throw Object.assign(new Error(`failure ${code}`), { code });
    return calls;
  };
  return { fn, calls: () => calls };
};

test('busy, serialization and deadlock errors are retried until the transaction succeeds', async () => {
  for (const code of ['SQLITE_BUSY', '40001', '40P01']) {
    const f = failing(code, 3);
    assert.equal(await withRetries(f.fn, { baseDelayMs: 1 }), 4);
  }
});

test('other errors are thrown at once, and retries stop after the last attempt', async () => {
  const syntax = failing('42601', 1);
  await assert.rejects(withRetries(syntax.fn, { baseDelayMs: 1 }), /failure 42601/);
  assert.equal(syntax.calls(), 1);
  const busy = failing('SQLITE_BUSY', 10);
  await assert.rejects(withRetries(busy.fn, { attempts: 3, baseDelayMs: 1 }), /failure SQLITE_BUSY/);
  assert.equal(busy.calls(), 3);
});

test('data errors are those of one row (bad value, constraint), not of the connection', () => {
  assert.ok(isDataError({ code: '22021' }));
  assert.ok(isDataError({ code: '23502' }));
  assert.ok(isDataError({ code: 'SQLITE_CONSTRAINT_NOTNULL' }));
  assert.ok(!isDataError({ code: 'ECONNREFUSED' }));
  assert.ok(!isDataError({ code: '57P01' }));
  assert.ok(!isDataError(new Error('plain')));
});
