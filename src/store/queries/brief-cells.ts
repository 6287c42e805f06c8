import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import { engineOf } from '../engine.js';
import { num } from './shape.js';

/**
 * What a brief reads per cell (a side's position on an issue, or an issue's status), for all cells of a
 * window in one query each: the first sources, and the distinct stories up to a cap. One query per kind
 * instead of two per cell: on PostgreSQL each round trip costs a millisecond or more, and a brief has ~50 cells.
 */
export interface CellKind {
  records: 'positions' | 'statuses';
  /** The per-day counts that say which cells the window has. */
  days: 'position_days' | 'status_days';
  /** The columns that name a cell. */
  key: readonly ('side' | 'issue')[];
}

export const POSITION_CELLS: CellKind = { records: 'positions', days: 'position_days', key: ['side', 'issue'] };
export const STATUS_CELLS: CellKind = { records: 'statuses', days: 'status_days', key: ['issue'] };

export interface Window {
  since: string;
  until?: string;
}

export interface CellSourceRow {
  side?: string;
  issue: string;
  id: string;
  text: string;
  document_id: string;
  outlet: string | null;
  published: string;
}

/** `date` of `alias` inside the window. */
const inWindow = (alias: string, w: Window): RawBuilder<unknown> =>
  w.until
    ? sql`${sql.ref(`${alias}.date`)} >= ${w.since} and ${sql.ref(`${alias}.date`)} <= ${w.until}`
    : sql`${sql.ref(`${alias}.date`)} >= ${w.since}`;

const keyList = (alias: string, kind: CellKind) => sql.join(kind.key.map((k) => sql.ref(`${alias}.${k}`)));
/** `a.k = b.k and ...` over the cell's key columns. */
const sameCell = (a: string, b: string, kind: CellKind) =>
  sql.join(kind.key.map((k) => sql`${sql.ref(`${a}.${k}`)} = ${sql.ref(`${b}.${k}`)}`), sql` and `);

/** A cell: a side's position on an issue, or an issue's status (no side). */
export interface Cell {
  side?: string;
  issue: string;
}

/**
 * The cells as a table `c`: the ones given (a brief has read them already, and grouping the per-day counts
 * of a long window again costs ~8 ms a query on PostgreSQL at 100k articles), else those with counts in the
 * window. A VALUES list: its columns are `column1`, `column2` on both engines.
 */
const cellsIn = (kind: CellKind, w: Window, cells?: readonly Cell[]) => {
  if (!cells) return sql`(select ${keyList('d', kind)} from ${sql.table(kind.days)} as d where ${inWindow('d', w)} group by ${keyList('d', kind)}) as c`;
  const rows = cells.map((cell) => sql`(${sql.join(kind.key.map((k) => cell[k] ?? ''))})`);
  const named = sql.join(kind.key.map((k, i) => sql`${sql.ref(`v.column${i + 1}`)} as ${sql.ref(k)}`));
  return sql`(select ${named} from (values ${sql.join(rows)}) as v) as c`;
};

/**
 * The first `perCell` records of every cell in the window, or of the cells given (by date, then id), each read
 * from the cell's (key, date) index. PostgreSQL joins them LATERAL; SQLite has no LATERAL and runs the correlated IN per
 * cell (PostgreSQL would run that one as a scan of the records per cell).
 */
export async function firstSourcesPerCell(db: Kysely<Database>, kind: CellKind, w: Window, perCell: number, cells?: readonly Cell[]): Promise<CellSourceRow[]> {
  if (cells?.length === 0) return [];
  const first = sql`select ${sql.ref('f.id')} from ${sql.table(kind.records)} as f
    where ${sameCell('f', 'c', kind)} and ${inWindow('f', w)} order by ${sql.ref('f.date')}, ${sql.ref('f.id')} limit ${perCell}`;
  const picked =
    engineOf(db) === 'postgres'
      ? sql`${cellsIn(kind, w, cells)} cross join lateral (${first}) as firsts join ${sql.table(kind.records)} as r on r.id = firsts.id`
      : sql`${cellsIn(kind, w, cells)} join ${sql.table(kind.records)} as r on r.id in (${first})`;
  const { rows } = await sql<CellSourceRow>`select ${keyList('r', kind)}, r.id, r.text, r.document_id, doc.outlet, doc.published
    from ${picked} join documents as doc on doc.id = r.document_id
    order by r.date, r.id`.execute(db);
  return rows;
}

/**
 * Distinct stories per cell in the window (of the cells given, else of all), counted up to `cap + 1` (to tell
 * that there are more) from the (key, date, story) index.
 */
export async function storiesPerCell(
  db: Kysely<Database>,
  kind: CellKind,
  w: Window,
  cap: number,
  cells?: readonly Cell[],
): Promise<Array<{ side?: string; issue: string; stories: number }>> {
  if (cells?.length === 0) return [];
  const { rows } = await sql<{ side?: string; issue: string; stories: unknown }>`select ${keyList('c', kind)},
    (select count(*) from (select distinct s.story_id from ${sql.table(kind.records)} as s
      where ${sameCell('s', 'c', kind)} and ${inWindow('s', w)} limit ${cap + 1}) as capped) as stories
    from ${cellsIn(kind, w, cells)}`.execute(db);
  return rows.map((r) => ({ ...r, stories: num(r.stories) }));
}
