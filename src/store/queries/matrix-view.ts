import type { Kysely } from 'kysely';
import { isoWeek } from '../../core/dates.js';
import type { Database } from '../schema.js';
import { listPositions, listStatuses, type PositionView, type StatusView } from './position-list.js';
import { num, spanOf } from './shape.js';

export type Bucket = 'day' | 'week' | 'month';

/** The bucket label of a day: the day itself, its ISO week (2025-W50) or its month (2025-12). */
export const bucketOf = (day: string, bucket: Bucket): string =>
  bucket === 'day' ? day : bucket === 'month' ? day.slice(0, 7) : weekOf(day);

/** ISO weeks of the days seen: a matrix asks for the same few hundred days many thousand times. */
const weeks = new Map<string, string>();
function weekOf(day: string): string {
  let w = weeks.get(day);
  if (w === undefined) {
    w = isoWeek(day);
    if (weeks.size > 10_000) weeks.clear();
    weeks.set(day, w);
  }
  return w;
}

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

function seriesOf(rows: Array<{ day: string; value: string; n: number }>, bucket: Bucket) {
  const byBucket = new Map<string, Counts>();
  for (const r of rows) {
    const b = bucketOf(r.day, bucket);
    const c = byBucket.get(b) ?? byBucket.set(b, {}).get(b)!;
    c[r.value] = (c[r.value] ?? 0) + r.n;
  }
  const labels = [...byBucket.keys()].sort();
  let previous = '';
  return labels.map((label) => {
    const counts = byBucket.get(label)!;
    const key = Object.keys(counts).sort().join('|');
    const change = previous !== '' && key !== previous;
    previous = key;
    return { bucket: label, counts, change };
  });
}

/** The side × issue matrix over time: per cell the latest stances, per bucket the stances recorded, and each issue's status. */
export async function matrix(db: Kysely<Database>, filter: MatrixFilter = {}): Promise<Matrix> {
  const bucket = filter.bucket ?? 'week';
  // Per-day counts kept by each write batch (009_daily_counts): days × cells, however many articles.
  let p = db.selectFrom('position_days').select(['side', 'issue', 'stance', 'date', 'n']);
  let s = db.selectFrom('status_days').select(['issue', 'status', 'claimed_by', 'date', 'n']);
  if (filter.since) (p = p.where('date', '>=', filter.since)), (s = s.where('date', '>=', filter.since));
  if (filter.until) (p = p.where('date', '<=', filter.until)), (s = s.where('date', '<=', filter.until));
  if (filter.side) p = p.where('side', '=', filter.side);
  if (filter.issue) (p = p.where('issue', '=', filter.issue)), (s = s.where('issue', '=', filter.issue));
  const [positions, statuses] = await Promise.all([p.execute(), s.execute()]);

  const buckets = new Set<string>();
  const cells = new Map<string, Array<{ day: string; value: string; n: number }>>();
  for (const r of positions) {
    const k = `${r.side}\u0000${r.issue}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push({ day: r.date, value: r.stance, n: num(r.n) });
    buckets.add(bucketOf(r.date, bucket));
  }
  const cellList: MatrixCell[] = [...cells.entries()].map(([k, rows]) => {
    const [side, issue] = k.split('\u0000') as [string, string];
    const last = rows.reduce((m, r) => (r.day > m ? r.day : m), '');
    const counts: Counts = {};
    for (const r of rows.filter((r) => r.day === last)) counts[r.value] = (counts[r.value] ?? 0) + r.n;
    return {
      side,
      issue,
      count: rows.reduce((n, r) => n + r.n, 0),
      latest: { date: last, counts },
      series: seriesOf(rows, bucket),
    };
  });

  const byIssue = new Map<string, Array<{ day: string; value: string; n: number; claimedBy: string | null }>>();
  for (const r of statuses) {
    (byIssue.get(r.issue) ?? byIssue.set(r.issue, []).get(r.issue)!).push({ day: r.date, value: r.status, n: num(r.n), claimedBy: r.claimed_by || null });
    buckets.add(bucketOf(r.date, bucket));
  }
  const statusList: MatrixStatus[] = [...byIssue.entries()].map(([issue, rows]) => {
    const last = rows.reduce((m, r) => (r.day > m ? r.day : m), '');
    const latestRows = rows.filter((r) => r.day === last);
    const counts: Counts = {};
    for (const r of latestRows) counts[r.value] = (counts[r.value] ?? 0) + r.n;
    return {
      issue,
      count: rows.reduce((n, r) => n + r.n, 0),
      latest: { date: last, counts, claims: latestRows.map((r) => ({ claimedBy: r.claimedBy, status: r.value })) },
      conflict: Object.keys(counts).length > 1,
      series: seriesOf(rows, bucket),
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
