import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize, type TimelineReport } from '../../src/resolve/timeline-summary.js';

const report = (over: Partial<TimelineReport>): TimelineReport => ({
  eventId: 'd1#e0',
  documentId: 'd1',
  storyId: 'd1',
  published: '2025-12-03',
  type: 'meeting',
  date: '2025-12-02',
  period: null,
  precision: 'day',
  place: 'Moscow',
  status: 'held',
  participants: ['Steve Witkoff', 'Vladimir Putin'],
  participantKeys: ['steve-witkoff', 'vladimir-putin'],
  agentKey: null,
  ...over,
});
const within = (inner: string, outer: string) => inner === outer || (inner === 'Kremlin' && outer === 'Moscow');

test('the date most stories give wins; the others are kept and flagged', () => {
  const s = summarize(
    [
      report({}),
      report({ eventId: 'd2#e0', documentId: 'd2', storyId: 'd2', date: '2025-12-03', published: '2025-12-04' }),
      report({ eventId: 'd3#e0', documentId: 'd3', storyId: 'd3', published: '2025-12-05' }),
    ],
    within,
  );
  assert.deepEqual([s.date, s.dates, s.dateConflict, s.sourceCount, s.firstReported, s.lastReported], [
    '2025-12-02',
    ['2025-12-02', '2025-12-03'],
    true,
    3,
    '2025-12-03',
    '2025-12-05',
  ]);
});

test('syndicated copies count once, the most specific place and held status win', () => {
  const s = summarize(
    [
      report({ status: 'planned', place: 'Moscow' }),
      report({ eventId: 'd2#e0', documentId: 'd2', storyId: 'd1', place: 'Kremlin', participants: ['Vladimir Putin', 'Jared Kushner'], participantKeys: ['vladimir-putin', 'jared-kushner'] }),
    ],
    within,
  );
  assert.deepEqual([s.sourceCount, s.place, s.status], [1, 'Kremlin', 'held']);
  assert.deepEqual(s.participants, ['Vladimir Putin', 'Steve Witkoff', 'Jared Kushner']);
});

test('an undated event keeps the finest period it was given', () => {
  const s = summarize([report({ date: null, period: '2026-01', precision: 'month' }), report({ eventId: 'd2#e0', date: null, period: '2026-W02', precision: 'week' })], within);
  assert.deepEqual([s.date, s.period, s.precision, s.dateConflict], [null, '2026-W02', 'week', false]);
  assert.throws(() => summarize([], within), /without reports/);
});
