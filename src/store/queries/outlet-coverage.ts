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
  const count = (table: 'positions' | 'statuses') => {
    let q = db
      .selectFrom(table)
      .innerJoin('documents', 'documents.id', `${table}.document_id`)
      .select((eb) => [
        'documents.outlet',
        `${table}.issue` as 'positions.issue',
        eb.fn.countAll().as('n'),
        eb.fn.count(`${table}.document_id` as 'positions.document_id').distinct().as('docs'),
      ])
      .where('documents.outlet', 'is not', null);
    if (filter.since) q = q.where(`${table}.date` as 'positions.date', '>=', filter.since);
    if (filter.until) q = q.where(`${table}.date` as 'positions.date', '<=', filter.until);
    return q.groupBy(['documents.outlet', `${table}.issue` as 'positions.issue']).execute();
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
