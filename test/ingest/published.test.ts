import assert from 'node:assert/strict';
import { test } from 'node:test';
import { implausibleDay, parsePublished } from '../../src/ingest/published.js';

const day = (s: string) => {
  const r = parsePublished(s);
  return r.ok ? r.day : `!${r.reason}`;
};

test('reads the publication dates that feeds, pages and records use, as the local day written', () => {
  assert.equal(day('2025-12-07'), '2025-12-07');
  assert.equal(day('2025-12-07T23:30:00-05:00'), '2025-12-07');
  assert.equal(day('2025-12-07T08:00:00.000Z'), '2025-12-07');
  assert.equal(day('20251207'), '2025-12-07');
  assert.equal(day('Sun, 07 Dec 2025 23:30:00 -0500'), '2025-12-07');
  assert.equal(day('Mon, 8 Dec 2025 09:00:00 GMT'), '2025-12-08');
  assert.equal(day('7 December 2025'), '2025-12-07');
  assert.equal(day('December 7, 2025'), '2025-12-07');
  assert.equal(day('Dec. 7, 2025 10:15 AM'), '2025-12-07');
});

test('refuses impossible and unrecognised dates, quoting them', () => {
  assert.equal(day('2025-13-45'), '!impossible publication date "2025-13-45"');
  assert.equal(day('2025-02-30T10:00:00Z'), '!impossible publication date "2025-02-30T10:00:00Z"');
  assert.equal(day('31 Foo 2025'), '!unrecognised publication date "31 Foo 2025" (expected YYYY-MM-DD)');
  assert.match(day('yesterday'), /^!unrecognised/);
  assert.match(day(''), /^!empty/);
});

test('flags days before 1900 and after tomorrow', () => {
  assert.equal(implausibleDay('2025-12-07', '2025-12-07'), undefined);
  assert.equal(implausibleDay('2025-12-08', '2025-12-07'), undefined);
  assert.equal(implausibleDay('2025-12-09', '2025-12-07'), 'publication date "2025-12-09" is in the future (today is 2025-12-07)');
  assert.match(implausibleDay('1899-12-31', '2025-12-07')!, /before 1900/);
});
