import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { listTimeline, type TimelineEventView } from './timeline-view.js';
import { num } from './shape.js';

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
  /** Distinct stories behind the change: syndicated copies count once. */
  corroboration: number;
}

export interface BriefStatusMove {
  issue: string;
  before: string[];
  now: string[];
  kind: 'new' | 'changed' | 'restated';
  /** Sources in the window claim different statuses. */
  conflict: boolean;
  claims: Array<{ claimedBy: string | null; status: string; date: string }>;
  sources: BriefSource[];
  corroboration: number;
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

const latestValues = (rows: Array<{ date: string; value: string }>): string[] => {
  const last = rows.reduce((m, r) => (r.date > m ? r.date : m), '');
  return [...new Set(rows.filter((r) => r.date === last).map((r) => r.value))].sort();
};

const kindOf = (before: string[], now: string[]) =>
  before.length === 0 ? 'new' : before.join('|') === now.join('|') ? 'restated' : 'changed';

/** What changed in a window: new or changed positions, status moves and conflicts, and the events dated in it — each with sources. */
export async function brief(db: Kysely<Database>, window: { since: string; until?: string }): Promise<Brief> {
  const inWindow = <T extends { date: string }>(r: T) => r.date >= window.since && (!window.until || r.date <= window.until);
  const until = window.until;
  let posQ = db
    .selectFrom('positions')
    .innerJoin('documents', 'documents.id', 'positions.document_id')
    .select(['positions.id', 'positions.side', 'positions.issue', 'positions.stance', 'positions.date', 'positions.text', 'positions.document_id', 'documents.outlet', 'documents.published', 'documents.story_id']);
  let stQ = db
    .selectFrom('statuses')
    .innerJoin('documents', 'documents.id', 'statuses.document_id')
    .select(['statuses.id', 'statuses.issue', 'statuses.status', 'statuses.claimed_by', 'statuses.date', 'statuses.text', 'statuses.document_id', 'documents.outlet', 'documents.published', 'documents.story_id']);
  let docQ = db.selectFrom('documents').select(['outlet']).where('published', '>=', window.since);
  if (until) (posQ = posQ.where('positions.date', '<=', until)), (stQ = stQ.where('statuses.date', '<=', until)), (docQ = docQ.where('published', '<=', until));
  const [positions, statuses, docs, events] = await Promise.all([
    posQ.orderBy('positions.date').orderBy('positions.id').execute(),
    stQ.orderBy('statuses.date').orderBy('statuses.id').execute(),
    docQ.execute(),
    listTimeline(db, { since: window.since, ...(until && { until }) }, { limit: 500, offset: 0 }),
  ]);
  const source = (r: { id: string; document_id: string; outlet: string | null; published: string; text: string }): BriefSource => ({
    documentId: r.document_id,
    outlet: r.outlet,
    published: r.published,
    recordId: r.id,
    text: r.text,
  });

  const cells = new Map<string, typeof positions>();
  for (const r of positions) {
    const k = `${r.side}\u0000${r.issue}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(r);
  }
  const positionChanges: BriefPositionChange[] = [];
  for (const [k, rows] of cells) {
    const inside = rows.filter(inWindow);
    if (!inside.length) continue;
    const [side, issue] = k.split('\u0000') as [string, string];
    const before = latestValues(rows.filter((r) => r.date < window.since).map((r) => ({ date: r.date, value: r.stance })));
    const now = [...new Set(inside.map((r) => r.stance))].sort();
    positionChanges.push({
      side,
      issue,
      before,
      now,
      kind: kindOf(before, now),
      sources: inside.slice(0, MAX_SOURCES).map(source),
      corroboration: new Set(inside.map((r) => r.story_id)).size,
    });
  }

  const issues = new Map<string, typeof statuses>();
  for (const r of statuses) (issues.get(r.issue) ?? issues.set(r.issue, []).get(r.issue)!).push(r);
  const statusMoves: BriefStatusMove[] = [];
  for (const [issue, rows] of issues) {
    const inside = rows.filter(inWindow);
    if (!inside.length) continue;
    const before = latestValues(rows.filter((r) => r.date < window.since).map((r) => ({ date: r.date, value: r.status })));
    const now = latestValues(inside.map((r) => ({ date: r.date, value: r.status })));
    statusMoves.push({
      issue,
      before,
      now,
      kind: kindOf(before, now),
      conflict: new Set(inside.map((r) => r.status)).size > 1,
      claims: inside.map((r) => ({ claimedBy: r.claimed_by, status: r.status, date: r.date })),
      sources: inside.slice(0, MAX_SOURCES).map(source),
      corroboration: new Set(inside.map((r) => r.story_id)).size,
    });
  }
  const order = { changed: 0, new: 1, restated: 2 } as const;
  return {
    since: window.since,
    until: until ?? null,
    documents: num(docs.length),
    outlets: [...new Set(docs.map((d) => d.outlet).filter((o): o is string => !!o))].sort(),
    positions: positionChanges.sort((a, b) => order[a.kind] - order[b.kind] || a.issue.localeCompare(b.issue) || a.side.localeCompare(b.side)),
    statuses: statusMoves.sort((a, b) => order[a.kind] - order[b.kind] || a.issue.localeCompare(b.issue)),
    events: events.items,
  };
}
