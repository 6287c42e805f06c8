import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventTally, summarize, tallyOf, type TimelineReport } from '../../src/resolve/timeline-summary.js';

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

test('stored sums go on where they left off: a tally read back from JSON sums further reports as one kept in memory', () => {
  const reports = [
    report({ status: 'planned' }),
    report({ eventId: 'd2#e0', documentId: 'd2', storyId: 'd1', place: 'Kremlin', published: '2025-12-02', agentKey: 'vladimir-putin' }),
    report({ eventId: 'd3#e0', documentId: 'd3', storyId: 'd3', date: '2025-12-03', published: '2025-12-04', participants: ['Jared Kushner'], participantKeys: ['jared-kushner'] }),
    report({ eventId: 'd4#e0', documentId: 'd4', storyId: 'd4', date: null, period: '2025-W49', precision: 'week', published: '2025-12-05' }),
    report({ eventId: 'd5#e0', documentId: 'd5', storyId: 'd5', date: '2025-12-03', published: '2025-12-01' }),
  ];
  const stored = EventTally.fromJson(tallyOf(reports.slice(0, 3)).toJson());
  // The last two stories are new to the event, overall and on their day.
  stored.add(reports[3]!, { story: true, onDate: false }).add(reports[4]!, { story: true, onDate: true });
  assert.deepEqual(stored.summary(within), summarize(reports, within));
  assert.deepEqual(summarize(reports, within).sourceCount, 4);
  // Read back again, it is the same JSON.
  assert.equal(EventTally.fromJson(stored.toJson()).toJson(), stored.toJson());
});
