import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { listTimeline, type TimelineEventView } from './timeline-view.js';
import { groupBy } from '../../core/group-by.js';
import { num } from './shape.js';
import { firstSourcesPerCell, storiesPerCell, POSITION_CELLS, STATUS_CELLS, type CellSourceRow, type Window } from './brief-cells.js';

export interface BriefSource {
  documentId: string;
  outlet: string | null;
  published: string;
  recordId: string;
  text: string;
}

export interface BriefPositionChange {
  side: string;
  issue: string;
  /** Stances recorded before the window (the latest day), empty when the position is new. */
  before: string[];
  /** Stances recorded in the window, latest day last. */
  now: string[];
  kind: 'new' | 'changed' | 'restated';
  sources: BriefSource[];
  /** Distinct stories behind the change (syndicated copies count once), counted up to CORROBORATION_CAP. */
  corroboration: number;
  /** True when more stories than `corroboration` back it. */
  corroborationCapped: boolean;
}

export interface BriefStatusClaim {
  claimedBy: string | null;
  status: string;
  /** First and last day of the window this claim was reported, and by how many records. */
  first: string;
  last: string;
  reports: number;
}

export interface BriefStatusMove {
  issue: string;
  before: string[];
  now: string[];
  kind: 'new' | 'changed' | 'restated';
  /** Sources in the window claim different statuses. */
  conflict: boolean;
  claims: BriefStatusClaim[];
  sources: BriefSource[];
  corroboration: number;
  corroborationCapped: boolean;
}

export interface Brief {
  since: string;
  until: string | null;
  documents: number;
  outlets: string[];
  positions: BriefPositionChange[];
  statuses: BriefStatusMove[];
  events: TimelineEventView[];
}

const MAX_SOURCES = 12;
/**
 * Corroboration is counted up to this many stories. An exact count over a long window reads every record
 * of the cell (all of them for "since the start"); the capped one walks the (cell, date, story) index and
 * stops at the cap.
 */
export const CORROBORATION_CAP = 100;

type Db = Kysely<Database>;

/** The values on the latest day of each group: `rows` hold each value's latest day. */
function latestByGroup(rows: ReadonlyArray<{ group: string; value: string; date: string }>): Map<string, string[]> {
  const last = new Map<string, string>();
  for (const r of rows) if (r.date > (last.get(r.group) ?? '')) last.set(r.group, r.date);
  const out = new Map<string, string[]>();
  for (const r of rows) if (r.date === last.get(r.group)) (out.get(r.group) ?? out.set(r.group, []).get(r.group)!).push(r.value);
  for (const v of out.values()) v.sort();
  return out;
}

const kindOf = (before: string[], now: string[]) =>
  before.length === 0 ? 'new' : before.join('|') === now.join('|') ? 'restated' : 'changed';

const cellKey = (side: string, issue: string) => `${side}\u0000${issue}`;

/** The cell of a row of either kind (statuses have no side). */
const cellOf = (r: { side?: string; issue: string }) => cellKey(r.side ?? '', r.issue);

/** Stories per cell, as `storiesPerCell` counts them. */
const storiesByCell = (rows: ReadonlyArray<{ side?: string; issue: string; stories: number }>) => new Map(rows.map((r) => [cellOf(r), r.stories]));

const capped = (stories: number | undefined) => ({
  corroboration: Math.min(stories ?? 0, CORROBORATION_CAP),
  corroborationCapped: (stories ?? 0) > CORROBORATION_CAP,
});

/**
 * Position changes in the window. Stances come from the per-day counts, corroboration from the records'
 * story index, and only the first sources of each cell are read: the cost follows cells and days, not reports.
 */
async function positionChanges(db: Db, w: Window): Promise<BriefPositionChange[]> {
  let nowQ = db.selectFrom('position_days').select(['side', 'issue', 'stance']).where('date', '>=', w.since);
  if (w.until) nowQ = nowQ.where('date', '<=', w.until);
  const [now, before] = await Promise.all([
    nowQ.groupBy(['side', 'issue', 'stance']).execute(),
    db
      .selectFrom('position_days')
      .select(['side', 'issue', 'stance', (eb) => eb.fn.max('date').as('date')])
      .where('date', '<', w.since)
      .groupBy(['side', 'issue', 'stance'])
      .execute(),
  ]);
  const cells = new Map<string, { side: string; issue: string; stances: string[] }>();
  for (const r of now) {
    const k = cellKey(r.side, r.issue);
    (cells.get(k) ?? cells.set(k, { side: r.side, issue: r.issue, stances: [] }).get(k)!).stances.push(r.stance);
  }
  // The window's cells are known now: the cell queries need not group the day counts again.
  const [firstSources, stories] = await Promise.all([
    firstSourcesPerCell(db, POSITION_CELLS, w, MAX_SOURCES, [...cells.values()]).then((rows) => groupBy(rows, cellOf)),
    storiesPerCell(db, POSITION_CELLS, w, CORROBORATION_CAP, [...cells.values()]).then(storiesByCell),
  ]);
  const latestBefore = latestByGroup(before.map((r) => ({ group: cellKey(r.side, r.issue), value: r.stance, date: String(r.date) })));
  return [...cells].map(([k, c]) => {
    const beforeStances = latestBefore.get(k) ?? [];
    const nowStances = [...new Set(c.stances)].sort();
    return {
      side: c.side,
      issue: c.issue,
      before: beforeStances,
      now: nowStances,
      kind: kindOf(beforeStances, nowStances),
      sources: (firstSources.get(k) ?? []).map(source),
      ...capped(stories.get(k)),
    };
  });
}

/** Status moves in the window: claims from the per-day counts, corroboration from the story index, the first sources. */
async function statusMoves(db: Db, w: Window): Promise<BriefStatusMove[]> {
  let claimsQ = db
    .selectFrom('status_days')
    .select(['issue', 'status', 'claimed_by', (eb) => eb.fn.min('date').as('first'), (eb) => eb.fn.max('date').as('last'), (eb) => eb.fn.sum<number>('n').as('n')])
    .where('date', '>=', w.since);
  if (w.until) claimsQ = claimsQ.where('date', '<=', w.until);
  const [claims, before] = await Promise.all([
    claimsQ.groupBy(['issue', 'status', 'claimed_by']).orderBy('issue').orderBy('first').orderBy('status').orderBy('claimed_by').execute(),
    db
      .selectFrom('status_days')
      .select(['issue', 'status', (eb) => eb.fn.max('date').as('date')])
      .where('date', '<', w.since)
      .groupBy(['issue', 'status'])
      .execute(),
  ]);
  const byIssue = new Map<string, BriefStatusClaim[]>();
  for (const r of claims)
    (byIssue.get(r.issue) ?? byIssue.set(r.issue, []).get(r.issue)!).push({
      claimedBy: r.claimed_by || null,
      status: r.status,
      first: String(r.first),
      last: String(r.last),
      reports: num(r.n),
    });
  const windowCells = [...byIssue.keys()].map((issue) => ({ issue }));
  const [firstSources, stories] = await Promise.all([
    firstSourcesPerCell(db, STATUS_CELLS, w, MAX_SOURCES, windowCells).then((rows) => groupBy(rows, cellOf)),
    storiesPerCell(db, STATUS_CELLS, w, CORROBORATION_CAP, windowCells).then(storiesByCell),
  ]);
  const latestBefore = latestByGroup(before.map((r) => ({ group: r.issue, value: r.status, date: String(r.date) })));
  const latestNow = latestByGroup(claims.map((r) => ({ group: r.issue, value: r.status, date: String(r.last) })));
  return [...byIssue].map(([issue, issueClaims]) => {
    const k = cellKey('', issue);
    const beforeStatuses = [...new Set(latestBefore.get(issue) ?? [])];
    // [...new Set(...)]: one status may be claimed by several parties on its latest day.
    const now = [...new Set(latestNow.get(issue) ?? [])];
    return {
      issue,
      before: beforeStatuses,
      now,
      kind: kindOf(beforeStatuses, now),
      conflict: new Set(issueClaims.map((c) => c.status)).size > 1,
      claims: issueClaims,
      sources: (firstSources.get(k) ?? []).map(source),
      ...capped(stories.get(k)),
    };
  });
}

const source = (r: CellSourceRow): BriefSource => ({
  documentId: r.document_id,
  outlet: r.outlet,
  published: r.published,
  recordId: r.id,
  text: r.text,
});

/** What changed in a window: new or changed positions, status moves and conflicts, and the events dated in it — each with sources. */
export async function brief(db: Db, window: Window): Promise<Brief> {
  const until = window.until;
  let docQ = db
    .selectFrom('documents')
    .select(['outlet', (eb) => eb.fn.countAll<number>().as('n')])
    .where('published', '>=', window.since);
  if (until) docQ = docQ.where('published', '<=', until);
  const [positions, statuses, docs, events] = await Promise.all([
    positionChanges(db, window),
    statusMoves(db, window),
    docQ.groupBy('outlet').execute(),
    // Three sources per event: a brief lists up to 500 events; each event's endpoint has all of its sources.
    listTimeline(db, { since: window.since, ...(until && { until }) }, { limit: 500, offset: 0 }, 3),
  ]);
  const order = { changed: 0, new: 1, restated: 2 } as const;
  return {
    since: window.since,
    until: until ?? null,
    documents: docs.reduce((n, d) => n + num(d.n), 0),
    outlets: docs.flatMap((d) => (d.outlet ? [d.outlet] : [])).sort(),
    positions: positions.sort((a, b) => order[a.kind] - order[b.kind] || a.issue.localeCompare(b.issue) || a.side.localeCompare(b.side)),
    statuses: statuses.sort((a, b) => order[a.kind] - order[b.kind] || a.issue.localeCompare(b.issue)),
    events: events.items,
  };
}
