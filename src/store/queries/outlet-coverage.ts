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

/** Which outlets report what: per outlet and issue, the positions and statuses and in how many articles. */
export async function issueCoverage(db: Kysely<Database>, filter: { since?: string; until?: string } = {}): Promise<IssueCoverage> {
  // Each record keeps its article's outlet (migration 014), so no join with documents (migration 015 indexes it).
  const count = (table: 'positions' | 'statuses') => {
    let q = db
      .selectFrom(table as 'positions')
      .select((eb) => ['outlet', 'issue', eb.fn.countAll().as('n'), eb.fn.count('document_id').distinct().as('docs')])
      .where('outlet', 'is not', null);
    if (filter.since) q = q.where('date', '>=', filter.since);
    if (filter.until) q = q.where('date', '<=', filter.until);
    return q.groupBy(['outlet', 'issue']).execute();
  };
  const [positions, statuses] = await Promise.all([count('positions'), count('statuses')]);
  const cells = new Map<string, IssueCoverage['cells'][number]>();
  const cell = (outlet: string, issue: string) => {
    const k = `${outlet}\u0000${issue}`;
    return cells.get(k) ?? cells.set(k, { outlet, issue, positions: 0, statuses: 0, documents: 0 }).get(k)!;
  };
  for (const r of positions) {
    const c = cell(r.outlet!, r.issue);
    c.positions += num(r.n);
    c.documents = Math.max(c.documents, num(r.docs));
  }
  for (const r of statuses) {
    const c = cell(r.outlet!, r.issue);
    c.statuses += num(r.n);
    c.documents = Math.max(c.documents, num(r.docs));
  }
  return { cells: [...cells.values()].sort((a, b) => a.outlet.localeCompare(b.outlet) || a.issue.localeCompare(b.issue)) };
}
