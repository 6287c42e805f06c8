import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../scripts/eval/datasets.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { openStore } from '../../src/store/connect.js';
import { listTimeline, type TimelineEntry } from '../../src/store/queries/timeline.js';
import { pipeline } from '../support/pipeline.js';

const ARTICLES = path.join(ROOT, 'examples', 'articles');
const skip = existsSync(ARTICLES) ? false : 'the example corpus (examples/) is not in this checkout';

const docs = (e: TimelineEntry) => e.sources.map((s) => s.documentId.slice(0, 3));
const nests = (a: string | null, b: string | null) => !a || !b || a === b || a === 'Kremlin' || b === 'Kremlin';

test('the example corpus: syndicated and re-reported meetings are each one timeline event with all their sources', { skip }, async () => {
  const store = await openStore(':memory:');
  try {
    await ingest(store, pipeline(), readInputs([ARTICLES]), { now: () => '2026-02-06T00:00:00Z' });
    const meetings = await listTimeline(store.db, { type: 'meeting' });

    // The Kremlin meeting of Tuesday 2 December: told on the day after by the wire (e06) and its two
    // syndicated copies (e07, e08), by later reports (e10), and with a wrong date by e12.
    const kremlin = meetings.filter((m) => m.date === '2025-12-02');
    assert.equal(kremlin.length, 1, `the Kremlin meeting appears ${kremlin.length} times`);
    const k = kremlin[0]!;
    for (const id of ['e06', 'e07', 'e08', 'e10', 'e12']) assert.ok(docs(k).includes(id), `${id} is not a source of the Kremlin meeting`);
    const copies = k.sources.filter((s) => /^e0[678]/.test(s.documentId));
    assert.equal(new Set(copies.map((s) => s.storyId)).size, 1, 'the wire story and its copies are one story');
    assert.equal(k.sourceCount, new Set(k.sources.map((s) => s.storyId)).size);
    assert.ok(k.sourceCount < k.sources.length, 'syndicated copies count once');
    assert.ok(k.dateConflict && k.dates.includes('2025-12-03'), 'the conflicting date of e12 is kept and flagged');
    assert.equal(k.sources.find((s) => s.documentId.startsWith('e12'))?.date, '2025-12-03');

    // Geneva, 23 November: previewed (e02) and reported after (e03) — one event.
    const geneva = meetings.filter((m) => m.date === '2025-11-23');
    assert.equal(geneva.length, 1);
    assert.ok(docs(geneva[0]!).includes('e02') && docs(geneva[0]!).includes('e03'));

    // No dated meeting is listed twice.
    const dated = meetings.filter((m) => m.date);
    for (const [i, a] of dated.entries()) {
      for (const b of dated.slice(i + 1)) {
        assert.ok(!(a.date === b.date && a.place && b.place && nests(a.place, b.place) && a.participantKeys.some((p) => b.participantKeys.includes(p))), `meeting on ${a.date} in ${a.place} is listed twice`);
      }
    }
  } finally {
    await store.close();
  }
});
