import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { timelineIcs, timelineMarkdown, timelineRows } from '../../src/cli/timeline-render.js';
import type { TimelineEntry } from '../../src/store/queries/timeline.js';

const entry: TimelineEntry = {
  id: 'tl-a#e1',
  type: 'meeting',
  date: '2025-12-02',
  period: null,
  precision: 'day',
  place: 'Kremlin',
  status: 'held',
  participants: ['Steve Witkoff', 'Jared Kushner', 'Vladimir Putin'],
  participantKeys: ['steve-witkoff', 'jared-kushner', 'vladimir-putin'],
  dates: ['2025-12-02', '2025-12-03'],
  dateConflict: true,
  sourceCount: 2,
  firstReported: '2025-12-03',
  lastReported: '2025-12-05',
  sources: [
    { eventId: 'a#e1', documentId: 'a', storyId: 'a', outlet: 'Outlet A', title: 'Envoys in Moscow', url: 'https://a.example/1', published: '2025-12-03', date: '2025-12-02', status: 'held', trigger: 'talks', evidence: [{ span: { start: 0, end: 20 }, text: 'They held talks, long ones; at the Kremlin.' }] },
    { eventId: 'd#e0', documentId: 'd', storyId: 'd', outlet: 'Outlet D', title: null, url: null, published: '2025-12-05', date: '2025-12-03', status: 'held', trigger: 'met', evidence: [{ span: { start: 0, end: 9 }, text: 'Putin met them.' }] },
  ],
};

test('table rows flag conflicting dates and list outlets', () => {
  assert.deepEqual(timelineRows([entry])[0], {
    date: '2025-12-02',
    type: 'meeting',
    status: 'held',
    place: 'Kremlin',
    participants: 'Steve Witkoff, Jared Kushner, Vladimir Putin',
    sources: 2,
    reports: 2,
    outlets: 'Outlet A, Outlet D',
    conflict: 'dates differ: 2025-12-02 / 2025-12-03',
  });
});

test('Markdown shows each event once with every source and its evidence', () => {
  const md = timelineMarkdown([entry]);
  assert.match(md, /^## 2025-12-02 — meeting in Kremlin$/m);
  assert.match(md, /\*\*Sources give different dates:\*\* 2025-12-02, 2025-12-03/);
  assert.match(md, /^- \[Outlet A, Envoys in Moscow, 2025-12-03\]\(https:\/\/a\.example\/1\)$/m);
  assert.match(md, /^- Outlet D, 2025-12-05 — gives 2025-12-03$/m);
  assert.match(md, /^ {2}> Putin met them\.$/m);
});

test('iCalendar: one all-day VEVENT per dated event, escaped text, CRLF lines of at most 75 octets', () => {
  const ics = timelineIcs([entry, { ...entry, id: 'tl-x', date: null, period: '2026-01' }]);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
  assert.match(ics, /\r\nDTSTART;VALUE=DATE:20251202\r\nDTEND;VALUE=DATE:20251203\r\n/);
  assert.match(ics, /\r\nUID:tl-a#e1@parley\r\n/);
  assert.match(ics, /SUMMARY:meeting: Steve Witkoff\\, Jared Kushner\\, Vladimir Putin/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
});

test('parley timeline prints the merged timeline from a database', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-timeline-'));
  try {
    const db = path.join(dir, 't.db');
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, ' date 2025-12-03 Witkoff and Kushner held talks with Vladimir Putin at the Kremlin on December 2, the Kremlin said.');
    writeFileSync(b, ' date 2025-12-04 Putin received US envoys Steve Witkoff and Jared Kushner at the Kremlin on Tuesday.');
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin', 'parley.js'), ...args], { encoding: 'utf8', cwd: root });
    assert.equal(run('ingest', a, b, '--db', db).status, 0);
    const out = run('timeline', '--db', db, '--type', 'meeting', '--format', 'json');
    assert.equal(out.status, 0, out.stderr);
    const entries = JSON.parse(out.stdout) as TimelineEntry[];
    assert.deepEqual(entries.map((e) => [e.date, e.place, e.sourceCount]), [['2025-12-02', 'Kremlin', 2]]);
    assert.equal(run('timeline', '--db', db, '--type', 'parade').status, 2);
    assert.equal(run('timeline', '--db', db, '--since', '2025-13-01').status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
