import assert from 'node:assert/strict';
import { isoWeek } from '../../src/core/dates.js';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { matrix, type Bucket, type Matrix } from '../../src/store/queries/matrix-view.js';
import { synthetic } from '../support/articles.js';
import { testBothEngines } from '../support/engines.js';
import { pipeline } from '../support/pipeline.js';

async function* from(items: RawArticle[]) {
  yield* items;
}

/** A day matrix's series summed into weeks or months in JS: what SQL's bucket sums must equal. */
function rebucket(days: Matrix, bucket: Bucket) {
  const label = (day: string) => (bucket === 'week' ? isoWeek(day) : day.slice(0, 7));
  const sum = (series: Matrix['cells'][number]['series']) => {
    const out: Record<string, Record<string, number>> = {};
    for (const { bucket: day, counts } of series)
      for (const [value, n] of Object.entries(counts)) (out[label(day)] ??= {})[value] = (out[label(day)]![value] ?? 0) + n;
    return out;
  };
  return {
    cells: days.cells.map((c) => ({ side: c.side, issue: c.issue, count: c.count, latest: c.latest, series: sum(c.series) })),
    statuses: days.statuses.map((s) => ({ issue: s.issue, count: s.count, latest: s.latest, series: sum(s.series) })),
  };
}

const flatten = (m: Matrix) => ({
  cells: m.cells.map((c) => ({ side: c.side, issue: c.issue, count: c.count, latest: c.latest, series: Object.fromEntries(c.series.map((s) => [s.bucket, s.counts])) })),
  statuses: m.statuses.map((s) => ({ issue: s.issue, count: s.count, latest: s.latest, series: Object.fromEntries(s.series.map((x) => [x.bucket, x.counts])) })),
});

testBothEngines('week and month matrices sum the same per-day counts as the day matrix', async (store) => {
  const arts = synthetic(60, 43, 0.1);
  for (const [a, b] of [[0, 30], [30, 60]] as const) await ingest(store, pipeline(), from(arts.slice(a, b)), { batchSize: 9 });
  for (const filter of [{}, { since: '2025-12-01', until: '2026-01-20' }, { side: 'ukraine' }]) {
    const days = await matrix(store.db, { ...filter, bucket: 'day' });
    assert.ok(days.buckets.length > 14, 'the articles span several weeks');
    for (const bucket of ['week', 'month'] as const) {
      const summed = await matrix(store.db, { ...filter, bucket });
      assert.deepEqual(flatten(summed), rebucket(days, bucket), `${bucket} ${JSON.stringify(filter)}`);
      assert.ok(summed.buckets.length < days.buckets.length);
    }
  }
});
