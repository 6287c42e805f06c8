import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extend } from '../../src/core/extend.js';
import { memoized } from '../../src/core/memo.js';

test('extend gives the keys, values and key order of an object spread', () => {
  const base = { start: 1, end: 2, type: 'DATE', mod: undefined };
  const cases = [{}, { value: 'x' }, { end: 5 }, { rule: 'r', start: 0, mod: 'APPROX' }];
  for (const extra of cases) {
    const a = extend(base, extra);
    const b = { ...base, ...extra };
    assert.deepEqual(Object.keys(a), Object.keys(b));
    assert.deepEqual(a, b);
    assert.equal(JSON.stringify(a), JSON.stringify(b));
  }
});

test('memoized returns what the function returns and stays bounded', () => {
  let calls = 0;
  const f = memoized((s: string) => {
    calls++;
    return s.length > 3 ? undefined : s.toUpperCase();
  }, 2);
  assert.equal(f('ab'), 'AB');
  assert.equal(f('ab'), 'AB');
  assert.equal(calls, 1);
  assert.equal(f('long'), undefined);
  assert.equal(f('long'), undefined);
  assert.equal(calls, 2);
  f('c'); // the memo is full: it starts again
  assert.equal(f('ab'), 'AB');
  assert.equal(calls, 4);
});
