import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ClaimFilter {
  issue?: string;
  side?: string;
  /** Reported on or after (the document's publication day). */
  since?: string;
  /** Reported on or before. */
  until?: string;
}

/** Where a record was reported: enough to cite it and to count independent sources. */
export interface Reported {
  id: string;
  documentId: string;
  date: string;
  evidence: string;
  spanStart: number;
  spanEnd: number;
  rule: string;
  outlet: string | null;
  storyId: string;
  title: string | null;
  url: string | null;
}

export interface PositionRow extends Reported {
  side: string;
  issue: string;
  stance: string;
  summary: string;
  claimedBy: string | null;
  sourceKey: string | null;
  hedged: boolean;
  conditional: boolean;
}

export interface StatusRow extends Reported {
  issue: string;
  status: string;
  claimedBy: string | null;
}

export interface EventRow extends Reported {
  type: string;
  eventDate: string | null;
  place: string | null;
  status: string;
  participants: string[];
  timelineId: string | null;
}

const reported = (r: {
  id: string;
  document_id: string;
  date: string;
  text: string;
  span_start: number;
  span_end: number;
  rule: string;
  outlet: string | null;
  story_id: string;
  title: string | null;
  url: string | null;
}): Reported => ({
  id: r.id,
  documentId: r.document_id,
  date: r.date,
  evidence: r.text,
  spanStart: r.span_start,
  spanEnd: r.span_end,
  rule: r.rule,
  outlet: r.outlet,
  storyId: r.story_id,
  title: r.title,
  url: r.url,
});

/** Positions with the documents that report them, oldest first. */
export async function positionRows(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<PositionRow[]> {
  let q = db
    .selectFrom('positions as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .select([
      'p.id', 'p.document_id', 'p.date', 'p.text', 'p.span_start', 'p.span_end', 'p.rule', 'p.side', 'p.issue', 'p.stance',
      'p.summary', 'p.claimed_by', 'p.source_key', 'p.hedged', 'p.conditional', 'd.outlet', 'd.story_id', 'd.title', 'd.url',
    ]);
  if (filter.issue) q = q.where('p.issue', '=', filter.issue);
  if (filter.side) q = q.where('p.side', '=', filter.side);
  if (filter.since) q = q.where('p.date', '>=', filter.since);
  if (filter.until) q = q.where('p.date', '<=', filter.until);
  const rows = await q.orderBy('p.date').orderBy('p.id').execute();
  return rows.map((r) => ({
    ...reported(r),
    side: r.side,
    issue: r.issue,
    stance: r.stance,
    summary: r.summary,
    claimedBy: r.claimed_by,
    sourceKey: r.source_key,
    hedged: !!r.hedged,
    conditional: !!r.conditional,
  }));
}

/** Issue statuses with the documents that report them, oldest first. */
export async function statusRows(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<StatusRow[]> {
  let q = db
    .selectFrom('statuses as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 's.date', 's.text', 's.span_start', 's.span_end', 's.rule', 's.issue', 's.status', 's.claimed_by', 'd.outlet', 'd.story_id', 'd.title', 'd.url']);
  if (filter.issue) q = q.where('s.issue', '=', filter.issue);
  if (filter.side) q = q.where('s.claimed_by', '=', filter.side);
  if (filter.since) q = q.where('s.date', '>=', filter.since);
  if (filter.until) q = q.where('s.date', '<=', filter.until);
  const rows = await q.orderBy('s.date').orderBy('s.id').execute();
  return rows.map((r) => ({ ...reported(r), issue: r.issue, status: r.status, claimedBy: r.claimed_by }));
}

/** Events with the documents that report them; `date` is the report's day, `eventDate` the event's own. */
export async function eventRows(db: Kysely<Database>, filter: Omit<ClaimFilter, 'issue' | 'side'> = {}): Promise<EventRow[]> {
  let q = db
    .selectFrom('events as e')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .select([
      'e.id', 'e.document_id', 'e.published as date', 'e.text', 'e.span_start', 'e.span_end', 'e.rule', 'e.type', 'e.date as event_date',
      'e.place', 'e.status', 'e.participants', 'e.timeline_id', 'd.outlet', 'd.story_id', 'd.title', 'd.url',
    ]);
  if (filter.since) q = q.where((eb) => eb.or([eb('e.published', '>=', filter.since!), eb('e.date', '>=', filter.since!)]));
  if (filter.until) q = q.where('e.published', '<=', filter.until);
  const rows = await q.orderBy('e.published').orderBy('e.id').execute();
  return rows.map((r) => ({
    ...reported(r),
    type: r.type,
    eventDate: r.event_date,
    place: r.place,
    status: r.status,
    participants: JSON.parse(r.participants) as string[],
    timelineId: r.timeline_id,
  }));
}

/** Document texts of a period, for what is read across articles (plan versions). */
export async function documentTexts(db: Kysely<Database>, filter: Omit<ClaimFilter, 'issue' | 'side'> = {}) {
  let q = db.selectFrom('documents').select(['id', 'published', 'outlet', 'story_id', 'title', 'url', 'text', 'sentences']);
  if (filter.since) q = q.where('published', '>=', filter.since);
  if (filter.until) q = q.where('published', '<=', filter.until);
  return q.orderBy('published').orderBy('id').execute();
}

/** Outlets with their framing markers. */
export async function outletRows(db: Kysely<Database>) {
  const rows = await db.selectFrom('outlets').selectAll().orderBy('document_count', 'desc').orderBy('name').execute();
  return rows.map((o) => ({ ...o, framing: JSON.parse(o.framing) as Record<string, number> }));
}
