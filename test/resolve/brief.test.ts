import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBrief } from '../../src/resolve/brief.js';
import { briefMarkdown } from '../../src/resolve/briefMarkdown.js';
import { summarizeSources } from '../../src/resolve/sources.js';
import { event, position, status } from './rows.js';

const input = {
  positions: [
    position('a', '2025-12-01', 'ukraine', 'territory', 'reject', { outlet: 'Kyiv Ledger' }),
    position('b', '2025-12-16', 'ukraine', 'territory', 'propose', { outlet: 'Meridian Wire', summary: 'freeze the front where it stands' }),
    position('b2', '2025-12-16', 'ukraine', 'territory', 'propose', { outlet: 'Lakeshore Daily', storyId: 'b' }),
    position('c', '2025-12-02', 'russia', 'territory', 'demand'),
    position('d', '2025-12-17', 'russia', 'territory', 'demand'),
    position('e', '2025-12-18', 'europe', 'security-guarantees', 'propose', { summary: 'a multinational force' }),
  ],
  statuses: [
    status('a', '2025-11-25', 'security-guarantees', 'disputed'),
    status('f', '2025-12-16', 'security-guarantees', 'close', { claimedBy: 'ukraine' }),
    status('g', '2025-12-29', 'security-guarantees', 'agreed', { claimedBy: 'ukraine' }),
    status('h', '2025-12-30', 'security-guarantees', 'close', { claimedBy: 'united-states' }),
  ],
  events: [
    event('k', '2025-12-15', 'meeting', '2025-12-14', { place: 'Berlin', participants: ['Volodymyr Zelensky', 'Steve Witkoff'] }),
    event('l', '2025-12-15', 'meeting', '2025-12-14', { participants: ['Steve Witkoff'] }),
    event('m', '2025-12-20', 'meeting', '2025-12-28', { status: 'planned', place: 'Florida', participants: ['Donald Trump'] }),
    event('n', '2025-12-01', 'meeting', '2025-11-30', { participants: ['Marco Rubio'] }),
  ],
  plans: [28, 19, 20].map((points, i) => {
    const day = ['2025-11-21', '2025-11-25', '2025-12-24'][i]!;
    const mentions = [position(`p${points}`, day, 'x', 'x', 'x')];
    return { points, sources: summarizeSources(mentions), mentions };
  }),
};

test('a brief lists what changed in the window, each line with its sources', () => {
  const b = buildBrief(input, { since: '2025-12-15', until: '2025-12-31', sideNames: { ukraine: 'Ukraine', europe: 'Europe' } });
  assert.deepEqual(
    b.positions.map((l) => `${l.kind}: ${l.text}`),
    ['position-changed: Ukraine on territory: reject → propose (was reject since 2025-12-01)', 'position-new: Europe proposes on security-guarantees (new)'],
  );
  // Russia only repeated its demand: nothing changed there.
  assert.ok(!b.positions.some((l) => l.text.startsWith('russia')));
  const ua = b.positions[0]!;
  assert.equal(ua.sources.corroboration, 1, 'a syndicated copy counts once');
  assert.deepEqual(ua.sources.outlets, ['Meridian Wire', 'Lakeshore Daily']);
  assert.deepEqual(b.proposals.map((l) => l.text), [
    'Ukraine proposes on territory: freeze the front where it stands',
    'Europe proposes on security-guarantees: a multinational force',
  ]);
  assert.deepEqual(b.statuses.map((l) => l.text), ['security-guarantees: disputed → close']);
  assert.deepEqual(b.plans.sequence, [28, 19, 20]);
  assert.deepEqual(b.plans.lines.map((l) => l.text), ['20-point version of the plan (28 → 19 → 20)']);
  assert.deepEqual(b.meetings.map((l) => `${l.kind}: ${l.text}`), [
    'meeting-held: meeting in Berlin with Volodymyr Zelensky, Steve Witkoff on 2025-12-14',
    'meeting-planned: meeting planned in Florida with Donald Trump for 2025-12-28',
  ]);
  assert.equal(b.meetings[0]!.sources.reports, 2, 'two reports of one meeting are one line');
  assert.equal(b.conflicts.length, 1);
  assert.match(b.conflicts[0]!.text, /agreed \(ukraine.*\) vs close \(united-states/);
});

test('the window ends at --until: later reports are left out', () => {
  const b = buildBrief(input, { since: '2025-12-15', until: '2025-12-20' });
  assert.deepEqual(b.plans.sequence, [28, 19]);
  assert.equal(b.conflicts.length, 0);
  assert.deepEqual(b.meetings.map((l) => l.kind), ['meeting-held', 'meeting-planned']);
});

test('the Markdown brief has one section per kind of change and the sources on every line', () => {
  const md = briefMarkdown(buildBrief(input, { since: '2025-12-15', until: '2025-12-31' }));
  assert.match(md, /^# What changed 2025-12-15 to 2025-12-31/);
  for (const h of ['Positions', 'New proposals', 'Issue status', 'Plan versions', 'Meetings held and planned', 'Conflicting claims'])
    assert.match(md, new RegExp(`^## ${h}$`, 'm'));
  assert.match(md, /Versions so far: 28 → 19 → 20 points\./);
  for (const line of md.split('\n').filter((l) => l.startsWith('- '))) assert.match(line, /first \d{4}-\d{2}-\d{2} \(.+\); \d+ independent report/);
});

test('an empty window says so instead of inventing changes', () => {
  const md = briefMarkdown(buildBrief(input, { since: '2026-03-01' }));
  assert.match(md, /## Positions\n\nNothing new\./);
  assert.match(md, /## Conflicting claims\n\nNone\./);
});
