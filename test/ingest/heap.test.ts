import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { limitHeapGrowth } from '../../src/ingest/heap.js';

test('the heap growth limit defaults to 35%, 0 keeps V8 default, anything else but a whole number is refused', () => {
  assert.equal(limitHeapGrowth({}), 35);
  assert.equal(limitHeapGrowth({ PARLEY_HEAP_GROWTH: '' }), 35);
  assert.equal(limitHeapGrowth({ PARLEY_HEAP_GROWTH: '80' }), 80);
  assert.equal(limitHeapGrowth({ PARLEY_HEAP_GROWTH: '0' }), null);
  assert.throws(() => limitHeapGrowth({ PARLEY_HEAP_GROWTH: 'lots' }), /PARLEY_HEAP_GROWTH must be a whole number/);
  assert.throws(() => limitHeapGrowth({ PARLEY_HEAP_GROWTH: '-5' }), /PARLEY_HEAP_GROWTH/);
});

test('parley ingest reports a bad PARLEY_HEAP_GROWTH as a usage error, not a crash', () => {
  const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'parley.js');
  const r = spawnSync(process.execPath, [bin, 'ingest', 'nowhere', '--db', ':memory:'], { encoding: 'utf8', env: { ...process.env, PARLEY_HEAP_GROWTH: 'lots' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^parley: PARLEY_HEAP_GROWTH must be a whole number/);
});
