import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { cappedTotal, type Page, type PageResult, type RecordFilter } from './filters.js';
import { spanOf } from './shape.js';

export interface PositionFilter extends RecordFilter {
  stance?: string;
}

export interface PositionView {
  id: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  date: string;
  side: string;
  issue: string;
  stance: string;
  summary: string;
  sourceKey: string | null;
  claimedBy: string | null;
  hedged: boolean;
  conditional: boolean;
  span: { start: number; end: number };
  text: string;
  rule: string;
}

function filteredPositions(db: Kysely<Database>, f: PositionFilter) {
  let q = db.selectFrom('positions');
  if (f.since) q = q.where('positions.date', '>=', f.since);
  if (f.until) q = q.where('positions.date', '<=', f.until);
  if (f.side) q = q.where('positions.side', '=', f.side);
  if (f.issue) q = q.where('positions.issue', '=', f.issue);
  if (f.stance) q = q.where('positions.stance', '=', f.stance);
  if (f.actor) q = q.where('positions.source_key', '=', f.actor);
  if (f.outlet) q = q.where('positions.outlet', '=', f.outlet);
  return q;
}

/** Positions (a side's stance on an issue), newest first. */
export async function listPositions(db: Kysely<Database>, filter: PositionFilter, page: Page): Promise<PageResult<PositionView>> {
  const base = filteredPositions(db, filter);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('documents', 'documents.id', 'positions.document_id')
      .select([
        'positions.id', 'positions.document_id', 'documents.outlet', 'documents.title', 'positions.date', 'positions.side',
        'positions.issue', 'positions.stance', 'positions.summary', 'positions.source_key', 'positions.claimed_by',
        'positions.hedged', 'positions.conditional', 'positions.span_start', 'positions.span_end', 'positions.text', 'positions.rule',
      ])
      .orderBy('positions.date', 'desc')
      .orderBy('positions.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    cappedTotal(db, base),
  ]);
  return {
    ...total,
    items: rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      outlet: r.outlet,
      title: r.title,
      date: r.date,
      side: r.side,
      issue: r.issue,
      stance: r.stance,
      summary: r.summary,
      sourceKey: r.source_key,
      claimedBy: r.claimed_by,
      hedged: r.hedged === 1,
      conditional: r.conditional === 1,
      span: spanOf(r.span_start, r.span_end),
      text: r.text,
      rule: r.rule,
    })),
  };
}

export interface StatusFilter extends RecordFilter {
  status?: string;
}

export interface StatusView {
  id: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  date: string;
  issue: string;
  status: string;
  claimedBy: string | null;
  span: { start: number; end: number };
  text: string;
  rule: string;
}

function filteredStatuses(db: Kysely<Database>, f: StatusFilter) {
  let q = db.selectFrom('statuses');
  if (f.since) q = q.where('statuses.date', '>=', f.since);
  if (f.until) q = q.where('statuses.date', '<=', f.until);
  if (f.issue) q = q.where('statuses.issue', '=', f.issue);
  if (f.status) q = q.where('statuses.status', '=', f.status);
  if (f.side) q = q.where('statuses.claimed_by', '=', f.side);
  if (f.outlet) q = q.where('statuses.outlet', '=', f.outlet);
  return q;
}

/** Issue statuses (agreed, close, disputed, deferred) with who claims them, newest first. */
export async function listStatuses(db: Kysely<Database>, filter: StatusFilter, page: Page): Promise<PageResult<StatusView>> {
  const base = filteredStatuses(db, filter);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('documents', 'documents.id', 'statuses.document_id')
      .select([
        'statuses.id', 'statuses.document_id', 'documents.outlet', 'documents.title', 'statuses.date', 'statuses.issue',
        'statuses.status', 'statuses.claimed_by', 'statuses.span_start', 'statuses.span_end', 'statuses.text', 'statuses.rule',
      ])
      .orderBy('statuses.date', 'desc')
      .orderBy('statuses.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    cappedTotal(db, base),
  ]);
  return {
    ...total,
    items: rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      outlet: r.outlet,
      title: r.title,
      date: r.date,
      issue: r.issue,
      status: r.status,
      claimedBy: r.claimed_by,
      span: spanOf(r.span_start, r.span_end),
      text: r.text,
      rule: r.rule,
    })),
  };
}
