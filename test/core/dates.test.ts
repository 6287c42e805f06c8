import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, isIsoDay, isoWeek, isoWeekday } from '../../src/core/dates.js';

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
