import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildMatrix } from '../../src/resolve/matrix.js';
import { matrixGrid, matrixRows } from '../../src/resolve/matrixView.js';
import { position, status } from './rows.js';

const positions = [
  position('a', '2025-12-01', 'ukraine', 'territory', 'reject'),
  position('b', '2025-12-03', 'ukraine', 'territory', 'reject', { outlet: 'Kyiv Ledger' }),
  position('c', '2025-12-16', 'ukraine', 'territory', 'propose', { outlet: 'Meridian Wire' }),
  position('d', '2025-12-02', 'russia', 'territory', 'demand'),
];
const statuses = [
  status('a', '2025-11-25', 'security-guarantees', 'disputed'),
  status('b', '2025-12-16', 'security-guarantees', 'close'),
  status('c', '2026-01-07', 'security-guarantees', 'agreed', { claimedBy: 'ukraine' }),
];

test('each cell holds the latest stance, when it began and the change points before it', () => {
  const m = buildMatrix(positions, statuses, { by: 'week', sides: ['ukraine', 'russia'] });
  const ua = m.cells.find((c) => c.side === 'ukraine' && c.issue === 'territory')!;
  assert.equal(ua.label, 'propose');
  assert.equal(ua.since, '2025-12-16');
  assert.deepEqual(ua.changes.map((c) => `${c.date} ${c.from}>${c.to}`), ['2025-12-16 reject>propose']);
  assert.deepEqual(ua.evidence.map((e) => e.documentId), ['c']);
  assert.deepEqual(ua.sources.outlets, ['Meridian Wire']);
  assert.deepEqual(m.sides, ['ukraine', 'russia']);
});

test('--at shows the matrix as reported up to a day: security guarantees move from disputed to close to agreed', () => {
  const at = (day: string) => buildMatrix(positions, statuses, { at: day }).statuses.find((s) => s.issue === 'security-guarantees')?.label;
  assert.equal(at('2025-12-01'), 'disputed');
  assert.equal(at('2025-12-20'), 'close');
  assert.equal(at('2026-01-10'), 'agreed');
  assert.equal(buildMatrix(positions, statuses, { at: '2025-12-10' }).cells.find((c) => c.side === 'ukraine')!.label, 'reject');
});

test('a hedged report weighs less than a stated one in the same period', () => {
  const m = buildMatrix(
    [
      position('a', '2025-12-01', 'united-states', 'sanctions-assets', 'accept', { hedged: true }),
      position('b', '2025-12-02', 'united-states', 'sanctions-assets', 'reject'),
    ],
    [],
  );
  assert.equal(m.cells[0]!.label, 'reject');
  assert.deepEqual(m.cells[0]!.stances, ['accept', 'reject']);
});

test('sides claiming different statuses in one week are a conflict, kept with both claims', () => {
  const m = buildMatrix(
    [],
    [
      status('z', '2025-12-29', 'security-guarantees', 'agreed', { claimedBy: 'ukraine' }),
      status('t', '2025-12-30', 'security-guarantees', 'close', { claimedBy: 'united-states' }),
    ],
  );
  const s = m.statuses[0]!;
  assert.equal(s.conflicts.length, 1);
  assert.deepEqual(s.conflicts[0]!.claims.map((c) => `${c.value} ${c.claimedBy.join()}`).sort(), ['agreed ukraine', 'close united-states']);
  assert.match(matrixGrid(m).rows[0]!.at(-1)!, /!$/);
});

test('a status stated by the narrator twice is not a conflict', () => {
  const m = buildMatrix([], [status('a', '2025-12-01', 'territory', 'disputed'), status('b', '2025-12-02', 'territory', 'close')]);
  assert.equal(m.statuses[0]!.conflicts.length, 0);
});

test('flat rows carry sources and change points for CSV', () => {
  const rows = matrixRows(buildMatrix(positions, statuses));
  const ua = rows.find((r) => r.side === 'ukraine')!;
  assert.equal(ua.changes, '2025-12-16:reject>propose');
  assert.equal(ua.first_report, '2025-12-16 c');
  assert.ok(rows.some((r) => r.side === 'status' && r.label === 'agreed'));
});
