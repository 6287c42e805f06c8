import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { groupBy } from '../../core/group-by.js';
import type { Database } from '../schema.js';
import { listPositions, listStatuses, type PositionView, type StatusView } from './position-list.js';
import { num, spanOf } from './shape.js';

export type Bucket = 'day' | 'week' | 'month';

type Counts = Record<string, number>;

export interface MatrixCell {
  side: string;
  issue: string;
  count: number;
  /** The stances recorded on the cell's most recent day (several when sources differ that day). */
  latest: { date: string; counts: Counts };
  /** Per bucket, how often each stance was recorded; a change point is a bucket whose stances differ from the previous one. */
  series: Array<{ bucket: string; counts: Counts; change: boolean }>;
}

export interface MatrixStatus {
  issue: string;
  count: number;
  latest: { date: string; counts: Counts; claims: Array<{ claimedBy: string | null; status: string }> };
  /** Sources claim different statuses on the latest day: shown, not resolved. */
  conflict: boolean;
  series: Array<{ bucket: string; counts: Counts; change: boolean }>;
}

export interface Matrix {
  bucket: Bucket;
  buckets: string[];
  sides: string[];
  issues: string[];
  cells: MatrixCell[];
  statuses: MatrixStatus[];
}

export interface MatrixFilter {
  since?: string;
  /** The matrix "as of" this day: nothing later counts. */
  until?: string;
  side?: string;
  issue?: string;
  bucket?: Bucket;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of values, keys in value order (rows come in no order: sorting text in SQL costs more than here). */
function countsOf(rows: ReadonlyArray<{ value: string; n: number }>): Counts {
  const counts: Counts = {};
  for (const r of [...rows].sort((a, b) => order(a.value, b.value))) counts[r.value] = (counts[r.value] ?? 0) + r.n;
  return counts;
}

/** Series from rows summed per bucket (or per day), buckets in order. */
function seriesOf(rows: ReadonlyArray<{ bucket: string; value: string; n: number }>) {
  const byBucket = groupBy(rows, (r) => r.bucket);
  const labels = [...byBucket.keys()].sort();
  let previous = '';
  return labels.map((label) => {
    const counts = countsOf(byBucket.get(label)!);
    const key = Object.keys(counts).join('|');
    const change = previous !== '' && key !== previous;
    previous = key;
    return { bucket: label, counts, change };
  });
}

/** The bucket of a per-day count row in SQL: the day, its week column (021_day_weeks), or the month prefix. */
const bucketColumn = (bucket: Bucket) =>
  bucket === 'day' ? sql<string>`date` : bucket === 'week' ? sql<string>`week` : sql<string>`substr(date, 1, 7)`;

type DaysQuery<T extends 'position_days' | 'status_days'> = SelectQueryBuilder<Database, T, object>;

function filtered<T extends 'position_days' | 'status_days'>(q: DaysQuery<T>, filter: MatrixFilter, withSide: boolean): DaysQuery<T> {
  const f = q as unknown as DaysQuery<'position_days'>;
  return f
    .$if(filter.since !== undefined, (q) => q.where('date', '>=', filter.since!))
    .$if(filter.until !== undefined, (q) => q.where('date', '<=', filter.until!))
    .$if(withSide && filter.side !== undefined, (q) => q.where('side', '=', filter.side!))
    .$if(filter.issue !== undefined, (q) => q.where('issue', '=', filter.issue!)) as unknown as DaysQuery<T>;
}

const keyOf = (side: string, issue: string) => `${side}\u0000${issue}`;

/**
 * The side × issue matrix over time: per cell the latest stances, per bucket the stances recorded, and each
 * issue's status. Reads the per-day counts kept by each write batch (009_daily_counts), summed per bucket in
 * SQL: the cost follows cells and buckets, not articles or days.
 */
export async function matrix(db: Kysely<Database>, filter: MatrixFilter = {}): Promise<Matrix> {
  const bucket = filter.bucket ?? 'week';
  const b = bucketColumn(bucket);
  // Days are already one row per cell, value (and claimant) and day: summing them would only cost a sort.
  const perDay = bucket === 'day';
  const n = perDay ? sql<number>`n` : sql<number>`sum(n)`;
  const positionDays = () => filtered(db.selectFrom('position_days'), filter, true);
  const statusDays = () => filtered(db.selectFrom('status_days'), filter, false);
  const [positions, latestPositions, statuses, latestStatuses] = await Promise.all([
    positionDays()
      .select(['side', 'issue', 'stance', b.as('bucket'), n.as('n')])
      .$if(!perDay, (q) => q.groupBy(['side', 'issue', 'stance', b]))
      .execute(),
    // The rows of each cell's latest day.
    db
      .selectFrom('position_days as d')
      .innerJoin(positionDays().select(['side', 'issue', (eb) => eb.fn.max('date').as('last')]).groupBy(['side', 'issue']).as('l'), (j) =>
        j.onRef('d.side', '=', 'l.side').onRef('d.issue', '=', 'l.issue').onRef('d.date', '=', 'l.last'),
      )
      .select(['d.side', 'd.issue', 'd.stance', 'd.date', 'd.n'])
      .execute(),
    statusDays()
      .select(['issue', 'status', b.as('bucket'), n.as('n')])
      .$if(!perDay, (q) => q.groupBy(['issue', 'status', b]))
      .execute(),
    db
      .selectFrom('status_days as d')
      .innerJoin(statusDays().select(['issue', (eb) => eb.fn.max('date').as('last')]).groupBy('issue').as('l'), (j) =>
        j.onRef('d.issue', '=', 'l.issue').onRef('d.date', '=', 'l.last'),
      )
      .select(['d.issue', 'd.status', 'd.claimed_by', 'd.date', 'd.n'])
      .execute(),
  ]);

  const buckets = new Set<string>();
  for (const r of [...positions, ...statuses]) buckets.add(r.bucket);
  const latestCell = groupBy(latestPositions, (r) => keyOf(r.side, r.issue));
  const cellList: MatrixCell[] = [...groupBy(positions, (r) => keyOf(r.side, r.issue)).values()].map((rows) => {
    const { side, issue } = rows[0]!;
    const latest = latestCell.get(keyOf(side, issue)) ?? [];
    const counts = countsOf(latest.map((r) => ({ value: r.stance, n: num(r.n) })));
    return {
      side,
      issue,
      count: rows.reduce((n, r) => n + num(r.n), 0),
      latest: { date: latest[0]?.date ?? '', counts },
      series: seriesOf(rows.map((r) => ({ bucket: r.bucket, value: r.stance, n: num(r.n) }))),
    };
  });

  const latestIssue = groupBy(latestStatuses, (r) => r.issue);
  const statusList: MatrixStatus[] = [...groupBy(statuses, (r) => r.issue).entries()].map(([issue, rows]) => {
    const latest = (latestIssue.get(issue) ?? []).sort((a, b) => order(a.status, b.status) || order(a.claimed_by, b.claimed_by));
    const counts = countsOf(latest.map((r) => ({ value: r.status, n: num(r.n) })));
    return {
      issue,
      count: rows.reduce((n, r) => n + num(r.n), 0),
      latest: { date: latest[0]?.date ?? '', counts, claims: latest.map((r) => ({ claimedBy: r.claimed_by || null, status: r.status })) },
      conflict: Object.keys(counts).length > 1,
      series: seriesOf(rows.map((r) => ({ bucket: r.bucket, value: r.status, n: num(r.n) }))),
    };
  });

  const sort = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return {
    bucket,
    buckets: sort(buckets),
    sides: sort(cellList.map((c) => c.side)),
    issues: sort([...cellList.map((c) => c.issue), ...statusList.map((s) => s.issue)]),
    cells: cellList.sort((a, b) => a.side.localeCompare(b.side) || a.issue.localeCompare(b.issue)),
    statuses: statusList.sort((a, b) => a.issue.localeCompare(b.issue)),
  };
}

export interface CellEvidence {
  positions: PositionView[];
  statuses: StatusView[];
  /** Quotes that overlap the positions' sentences. */
  quotes: Array<{ id: string; documentId: string; text: string; speaker: string | null; span: { start: number; end: number }; rule: string }>;
  /** The articles behind the cell, with outlets, oldest first. */
  documents: Array<{ id: string; title: string | null; outlet: string | null; published: string; storyId: string }>;
  /** Distinct stories: syndicated copies of one story count once. */
  corroboration: number;
}

/** Evidence behind one matrix cell (or an issue's status row when `side` is absent). */
export async function cellEvidence(
  db: Kysely<Database>,
  filter: { side?: string; issue: string; since?: string; until?: string },
  limit = 100,
): Promise<CellEvidence> {
  const page = { limit, offset: 0 };
  const positions = filter.side ? (await listPositions(db, filter, page)).items : [];
  const statuses = filter.side ? [] : (await listStatuses(db, filter, page)).items;
  const records = [...positions, ...statuses];
  const docIds = [...new Set(records.map((r) => r.documentId))];
  const [quoteRows, docs] = docIds.length
    ? await Promise.all([
        db
          .selectFrom('quotes')
          .select(['id', 'document_id', 'text', 'speaker_name', 'span_start', 'span_end', 'rule'])
          .where('document_id', 'in', docIds)
          .orderBy('published')
          .orderBy('id')
          .execute(),
        db.selectFrom('documents').select(['id', 'title', 'outlet', 'published', 'story_id']).where('id', 'in', docIds).orderBy('published').orderBy('id').execute(),
      ])
    : [[], []];
  const quotes = quoteRows
    .filter((q) => records.some((r) => r.documentId === q.document_id && r.span.start < q.span_end && q.span_start < r.span.end))
    .map((q) => ({ id: q.id, documentId: q.document_id, text: q.text, speaker: q.speaker_name, span: spanOf(q.span_start, q.span_end), rule: q.rule }));
  return {
    positions,
    statuses,
    quotes,
    documents: docs.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, published: d.published, storyId: d.story_id })),
    corroboration: new Set(docs.map((d) => d.story_id)).size,
  };
}
