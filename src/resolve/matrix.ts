import type { PositionRow, Reported, StatusRow } from '../store/queries/positions.js';
import { statusConflicts, type StatusConflict } from './conflicts.js';
import { byPeriod, type Period } from './periods.js';
import { summarizeSources, type SourceSummary } from './sources.js';
import { dominant } from './tally.js';

/** One period of a cell: what was reported then and which label dominated. */
export interface Spell<R> {
  period: string;
  label: string;
  counts: Record<string, number>;
  records: R[];
}

/** A change point: the dominant label of a cell moved. */
export interface Change {
  date: string;
  period: string;
  from: string;
  to: string;
}

interface Track<R> {
  /** The dominant label of the latest period at or before `at`. */
  label: string;
  /** First day of the run of periods with that label. */
  since: string;
  /** Latest report. */
  date: string;
  history: Spell<R>[];
  changes: Change[];
  /** The reports of the current label in its current run. */
  evidence: R[];
  sources: SourceSummary;
}

export interface PositionCell extends Track<PositionRow> {
  side: string;
  issue: string;
  /** Every stance reported in the latest period (a side can demand one thing and reject another). */
  stances: string[];
}

export interface StatusCell extends Track<StatusRow> {
  issue: string;
  /** Sides claiming different statuses in the same period. */
  conflicts: StatusConflict[];
}

export interface Matrix {
  at: string | null;
  by: Period;
  sides: string[];
  issues: string[];
  cells: PositionCell[];
  statuses: StatusCell[];
}

export interface MatrixOptions {
  /** Only what was reported on or before this day. */
  at?: string;
  by?: Period;
  /** Order of rows and columns (the profile's); sides and issues found in the data are added after. */
  sides?: string[];
  issues?: string[];
}

/** A report stated by the holder itself counts fully; hedged or second-hand ones count half. */
const weightOf = (r: PositionRow | StatusRow): number => ('hedged' in r && (r.hedged || r.conditional) ? 0.5 : 1) * (r.claimedBy && 'side' in r && r.claimedBy !== r.side ? 0.5 : 1);

function track<R extends Reported>(records: R[], labelOf: (r: R) => string, by: Period): Track<R> | null {
  if (!records.length) return null;
  const history: Spell<R>[] = byPeriod(records, by).map(({ period, items }) => {
    const counts: Record<string, number> = {};
    for (const r of items) counts[labelOf(r)] = (counts[labelOf(r)] ?? 0) + 1;
    const label = dominant(items.map((r) => ({ label: labelOf(r), weight: weightOf(r as unknown as PositionRow), date: r.date })));
    return { period, label, counts, records: items };
  });
  const changes: Change[] = [];
  let runStart = 0;
  history.forEach((s, i) => {
    const prev = history[i - 1];
    if (prev && prev.label !== s.label) {
      changes.push({ date: s.records[0]!.date, period: s.period, from: prev.label, to: s.label });
      runStart = i;
    }
  });
  const current = history.at(-1)!;
  const run = history.slice(runStart);
  const evidence = run.flatMap((s) => s.records.filter((r) => labelOf(r) === current.label));
  return {
    label: current.label,
    since: run[0]!.records[0]!.date,
    date: current.records.at(-1)!.date,
    history,
    changes,
    evidence,
    sources: summarizeSources(evidence),
  };
}

const ordered = (preferred: string[] | undefined, found: Iterable<string>) => {
  const seen = new Set(found);
  return [...(preferred ?? []).filter((x) => seen.has(x)), ...[...seen].filter((x) => !(preferred ?? []).includes(x)).sort()];
};

/**
 * The side × issue matrix as of a day: for each cell the dominant stance of its latest period, when that stance
 * began, every change point, and the reports behind it; for each issue the same for its status, with the
 * conflicts between sides claiming different statuses in one period shown, not resolved.
 */
export function buildMatrix(positions: readonly PositionRow[], statuses: readonly StatusRow[], opts: MatrixOptions = {}): Matrix {
  const by = opts.by ?? 'week';
  const upTo = <T extends { date: string }>(xs: readonly T[]) => (opts.at ? xs.filter((x) => x.date <= opts.at!) : [...xs]);
  const ps = upTo(positions);
  const ss = upTo(statuses);
  const sides = ordered(opts.sides, ps.map((p) => p.side));
  const issues = ordered(opts.issues, [...ps.map((p) => p.issue), ...ss.map((s) => s.issue)]);
  const cells: PositionCell[] = [];
  for (const side of sides)
    for (const issue of issues) {
      const t = track(ps.filter((p) => p.side === side && p.issue === issue), (p) => p.stance, by);
      if (t) cells.push({ side, issue, ...t, stances: Object.keys(t.history.at(-1)!.counts).sort() });
    }
  const statusCells: StatusCell[] = [];
  for (const issue of issues) {
    const rows = ss.filter((s) => s.issue === issue);
    const t = track(rows, (s) => s.status, by);
    if (t) statusCells.push({ issue, ...t, conflicts: statusConflicts(rows, by) });
  }
  return { at: opts.at ?? null, by, sides, issues, cells, statuses: statusCells };
}
