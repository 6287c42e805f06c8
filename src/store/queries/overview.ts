import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { num } from './shape.js';

const COUNTED = ['documents', 'outlets', 'stories', 'actors', 'quotes', 'statements', 'events', 'timeline_events', 'positions', 'statuses'] as const;

export interface Overview {
  counts: Record<(typeof COUNTED)[number], number>;
  firstPublished: string | null;
  lastPublished: string | null;
  latestDocuments: Array<{ id: string; published: string; outlet: string | null; title: string | null }>;
  latestStatuses: Array<{ id: string; documentId: string; date: string; issue: string; status: string; claimedBy: string | null; outlet: string | null }>;
  latestPositions: Array<{ id: string; documentId: string; date: string; side: string; issue: string; stance: string; summary: string; outlet: string | null }>;
}

/** Counts of everything stored and the latest changes, for the overview page. */
export async function overview(db: Kysely<Database>, latest = 8): Promise<Overview> {
  const [counted, first, last, docs, statuses, positions] = await Promise.all([
    // Kept by triggers (migration 029): counting ten tables' rows grew with the store (66 ms at 100k articles).
    db.selectFrom('row_counts').select(['name', 'n']).execute(),
    // One aggregate each: SQLite reads an index end only for a query with a single min() or max().
    db.selectFrom('documents').select((eb) => eb.fn.min('published').as('v')).executeTakeFirst(),
    db.selectFrom('documents').select((eb) => eb.fn.max('published').as('v')).executeTakeFirst(),
    db.selectFrom('documents').select(['id', 'published', 'outlet', 'title']).orderBy('published', 'desc').orderBy('id').limit(latest).execute(),
    db
      .selectFrom('statuses')
      .innerJoin('documents', 'documents.id', 'statuses.document_id')
      .select(['statuses.id', 'statuses.document_id', 'statuses.date', 'statuses.issue', 'statuses.status', 'statuses.claimed_by', 'documents.outlet'])
      .orderBy('statuses.date', 'desc')
      .orderBy('statuses.id')
      .limit(latest)
      .execute(),
    db
      .selectFrom('positions')
      .innerJoin('documents', 'documents.id', 'positions.document_id')
      .select(['positions.id', 'positions.document_id', 'positions.date', 'positions.side', 'positions.issue', 'positions.stance', 'positions.summary', 'documents.outlet'])
      .orderBy('positions.date', 'desc')
      .orderBy('positions.id')
      .limit(latest)
      .execute(),
  ]);
  const byName = new Map(counted.map((r) => [r.name, num(r.n)]));
  const counts = Object.fromEntries(COUNTED.map((t) => [t, byName.get(t) ?? 0])) as Overview['counts'];
  return {
    counts,
    firstPublished: (first?.v as string | null) ?? null,
    lastPublished: (last?.v as string | null) ?? null,
    latestDocuments: docs,
    latestStatuses: statuses.map((s) => ({ id: s.id, documentId: s.document_id, date: s.date, issue: s.issue, status: s.status, claimedBy: s.claimed_by, outlet: s.outlet })),
    latestPositions: positions.map((p) => ({
      id: p.id,
      documentId: p.document_id,
      date: p.date,
      side: p.side,
      issue: p.issue,
      stance: p.stance,
      summary: p.summary,
      outlet: p.outlet,
    })),
  };
}
