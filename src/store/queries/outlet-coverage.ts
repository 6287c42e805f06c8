import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { num, parseJson } from './shape.js';

export interface OutletView {
  name: string;
  firstPublished: string;
  documentCount: number;
  quoteCount: number;
  eventCount: number;
  positionCount: number;
  statusCount: number;
  /** Framing markers the outlet uses and how often ("Kiev" vs "Kyiv"). */
  framing: Record<string, number>;
}

/** Every outlet with what it reported, most documents first. */
export async function listOutlets(db: Kysely<Database>): Promise<OutletView[]> {
  // Counts kept by the write batch (migration 013): no join over every record.
  const outlets = await db.selectFrom('outlets').selectAll().orderBy('document_count', 'desc').orderBy('name').execute();
  return outlets.map((o) => ({
    name: o.name,
    firstPublished: o.first_published,
    documentCount: o.document_count,
    quoteCount: o.quote_count,
    eventCount: o.event_count,
    positionCount: o.position_count,
    statusCount: o.status_count,
    framing: parseJson<Record<string, number>>(o.framing, {}),
  }));
}

export interface IssueCoverage {
  /** Rows: outlet; columns: issue; value: positions and statuses the outlet reported on the issue. */
  cells: Array<{ outlet: string; issue: string; positions: number; statuses: number; documents: number }>;
}

/**
 * Which outlets report what: per outlet and issue, the positions and statuses and in how many articles.
 * `documents` counts the articles with a position or a status on the issue, each once.
 */
export async function issueCoverage(db: Kysely<Database>, filter: { since?: string; until?: string } = {}): Promise<IssueCoverage> {
  // Per-day cells kept by the write batch (migration 018): the cost is outlets x issues x days, not records.
  // An article has one day, so summing its day's article counts counts it once.
  let q = db
    .selectFrom('outlet_issue_days')
    .select((eb) => ['outlet', 'issue', eb.fn.sum('positions').as('positions'), eb.fn.sum('statuses').as('statuses'), eb.fn.sum('documents').as('documents')]);
  if (filter.since) q = q.where('date', '>=', filter.since);
  if (filter.until) q = q.where('date', '<=', filter.until);
  const rows = await q.groupBy(['outlet', 'issue']).execute();
  const cells = rows.map((r) => ({ outlet: r.outlet, issue: r.issue, positions: num(r.positions), statuses: num(r.statuses), documents: num(r.documents) }));
  return { cells: cells.sort((a, b) => a.outlet.localeCompare(b.outlet) || a.issue.localeCompare(b.issue)) };
}
