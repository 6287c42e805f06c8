import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  isIsoDay,
  isoWeek,
  isoWeekday,
  nearestWeekday,
  nthWeekday,
  quarterOf,
  weekdayInWeek,
  weekMonday,
} from '../../src/core/dates.js';

test('isIsoDay accepts real days and rejects impossible ones', () => {
  assert.equal(isIsoDay('2025-12-07'), true);
  assert.equal(isIsoDay('2024-02-29'), true);
  assert.equal(isIsoDay('2025-02-29'), false);
  assert.equal(isIsoDay('2025-13-45'), false);
  assert.equal(isIsoDay('7 Dec 2025'), false);
});

test('ISO weeks and weekdays follow ISO 8601', () => {
  assert.equal(isoWeek('2025-12-11'), '2025-W50');
  assert.equal(isoWeek('2025-12-29'), '2026-W01');
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
  assert.equal(isoWeekday('2025-12-07'), 7);
  assert.equal(addDays('2025-12-07', -1), '2025-12-06');
});

test('months, weeks and quarters add across year ends', () => {
  assert.equal(addMonths('2025-12', 1), '2026-01');
  assert.equal(addMonths('2026-01', -13), '2024-12');
  assert.equal(weekMonday('2025-W50'), '2025-12-08');
  assert.equal(weekMonday('2026-W01'), '2025-12-29');
  assert.equal(addWeeks('2025-W52', 1), '2026-W01');
  assert.equal(addWeeks('2021-W01', -1), '2020-W53');
  assert.equal(quarterOf('2025-12-07'), '2025-Q4');
  assert.equal(addQuarters('2025-Q4', 1), '2026-Q1');
  assert.equal(addQuarters('2025-Q1', -1), '2024-Q4');
  assert.throws(() => addMonths('2025-13-01', 1), /Cannot parse month "2025-13-01"/);
});

test('weekday helpers look back, forward, and within the ISO week', () => {
  // Sunday 7 December 2025: the Saturday before is the 6th, the Tuesday before the 2nd.
  assert.equal(nearestWeekday('2025-12-07', 6, 'past'), '2025-12-06');
  assert.equal(nearestWeekday('2025-12-07', 2, 'past'), '2025-12-02');
  assert.equal(nearestWeekday('2025-12-07', 2, 'future'), '2025-12-09');
  assert.equal(nearestWeekday('2025-12-07', 7, 'past'), '2025-12-07');
  assert.equal(weekdayInWeek('2026-01-24', 7), '2026-01-25');
  assert.equal(nthWeekday(2025, 11, 4, 4), '2025-11-27');
});
