import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeSources, summarizeSources } from '../../src/resolve/sources.js';
import { position } from './rows.js';

test('syndicated copies of one story count once; the earliest report is kept', () => {
  const s = summarizeSources([
    position('e07', '2025-12-03', 'russia', 'territory', 'demand', { storyId: 'e06', outlet: 'Lakeshore Daily' }),
    position('e06', '2025-12-03', 'russia', 'territory', 'demand', { storyId: 'e06', outlet: 'Meridian Wire' }),
    position('e09', '2025-12-04', 'russia', 'territory', 'demand', { storyId: 'e09', outlet: 'The Northern Chronicle' }),
  ]);
  assert.equal(s.reports, 3);
  assert.equal(s.corroboration, 2);
  assert.deepEqual(s.first, { date: '2025-12-03', documentId: 'e06', outlet: 'Meridian Wire' });
  assert.equal(describeSources(s), 'Meridian Wire, Lakeshore Daily, The Northern Chronicle; first 2025-12-03 (e06); 2 independent reports (3 articles)');
});

test('a claim with no reports is a programming error with a clear message', () => {
  assert.throws(() => summarizeSources([]), /no reports/);
});
