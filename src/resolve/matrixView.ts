import type { Reported } from '../store/queries/positions.js';
import type { Matrix, PositionCell, Spell, StatusCell } from './matrix.js';

const slim = (r: Reported) => ({ documentId: r.documentId, outlet: r.outlet, date: r.date, evidence: r.evidence, rule: r.rule });
const slimSpell = <R extends Reported>(s: Spell<R>) => ({ period: s.period, label: s.label, counts: s.counts, documents: [...new Set(s.records.map((r) => r.documentId))] });

/** The matrix as JSON: every cell with its history, change points, sources and evidence sentences. */
export function matrixJson(m: Matrix) {
  const cell = (c: PositionCell | StatusCell) => ({
    ...c,
    history: c.history.map(slimSpell),
    evidence: c.evidence.map(slim),
    ...('conflicts' in c && { conflicts: c.conflicts }),
  });
  return { ...m, cells: m.cells.map(cell), statuses: m.statuses.map(cell) };
}

/** One flat row per cell (positions, then statuses as side "status"), for CSV. */
export function matrixRows(m: Matrix) {
  const row = (side: string, c: PositionCell | StatusCell, label: string) => ({
    side,
    issue: c.issue,
    label,
    since: c.since,
    last_report: c.date,
    changes: c.changes.map((x) => `${x.date}:${x.from}>${x.to}`).join(' '),
    outlets: c.sources.outlets.join('; '),
    first_report: `${c.sources.first.date} ${c.sources.first.documentId}`,
    corroboration: c.sources.corroboration,
    conflicts: 'conflicts' in c ? c.conflicts.length : 0,
  });
  return [
    ...m.cells.map((c) => row(c.side, c, c.stances.length > 1 ? c.stances.join('+') : c.label)),
    ...m.statuses.map((c) => row('status', c, c.label)),
  ];
}

/** Issues as rows, sides (and the status) as columns; each cell "stance since MM-DD". */
export function matrixGrid(m: Matrix, sideNames: Record<string, string> = {}): { header: string[]; rows: string[][] } {
  const short = (d: string) => d.slice(5);
  const header = ['issue', ...m.sides.map((s) => sideNames[s] ?? s), 'status'];
  const rows = m.issues.map((issue) => {
    const cells = m.sides.map((side) => {
      const c = m.cells.find((x) => x.side === side && x.issue === issue);
      if (!c) return '';
      const label = c.stances.length > 1 ? c.stances.join('+') : c.label;
      return `${label} ${short(c.since)}${c.changes.length ? ` (${c.changes.length}×)` : ''}`;
    });
    const s = m.statuses.find((x) => x.issue === issue);
    const status = s ? `${s.label} ${short(s.since)}${s.conflicts.length ? ' !' : ''}` : '';
    return [issue, ...cells, status];
  });
  return { header, rows };
}
