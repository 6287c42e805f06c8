import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { actorOnSide, cappedTotal, type Page, type PageResult, type RecordFilter } from './filters.js';
import { parseJson, spanOf } from './shape.js';

export interface EventFilter extends RecordFilter {
  type?: string;
  status?: string;
}

export interface EventView {
  id: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  published: string;
  type: string;
  date: string | null;
  precision: string | null;
  dateBasis: string | null;
  place: string | null;
  status: string;
  participants: string[];
  trigger: string;
  triggerSpan: { start: number; end: number };
  timelineId: string | null;
  span: { start: number; end: number };
  text: string;
  rule: string;
}

/** Per-article events (before merging), by date then publication. Date filters apply to the event's date, else its publication day. */
function filtered(db: Kysely<Database>, f: EventFilter) {
  let q = db.selectFrom('events');
  if (f.since) q = q.where((eb) => eb(eb.fn.coalesce('events.date', 'events.published'), '>=', f.since!));
  if (f.until) q = q.where((eb) => eb(eb.fn.coalesce('events.date', 'events.published'), '<=', f.until!));
  if (f.type) q = q.where('events.type', '=', f.type);
  if (f.status) q = q.where('events.status', '=', f.status);
  // Correlated tests, not IN lists: the date index then serves the order and the page stops early.
  if (f.actor)
    q = q.where((eb) => eb.exists(eb.selectFrom('event_participants as p').select('p.event_id').whereRef('p.event_id', '=', 'events.id').where('p.actor_key', '=', f.actor!)));
  if (f.side)
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('event_participants as p').select('p.event_id').whereRef('p.event_id', '=', 'events.id').where(actorOnSide('p.actor_key', f.side!))),
    );
  if (f.outlet) q = q.where('events.outlet', '=', f.outlet);
  return q;
}

export async function listEvents(db: Kysely<Database>, filter: EventFilter, page: Page): Promise<PageResult<EventView>> {
  const base = filtered(db, filter);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .select([
        'events.id', 'events.document_id', 'documents.outlet', 'documents.title', 'events.published', 'events.type', 'events.date',
        'events.precision', 'events.date_basis', 'events.place', 'events.status', 'events.participants', 'events.trigger',
        'events.trigger_start', 'events.trigger_end', 'events.timeline_id', 'events.span_start', 'events.span_end', 'events.text',
        'events.rule',
      ])
      .orderBy((eb) => eb.fn.coalesce('events.date', 'events.published'), 'desc')
      .orderBy('events.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    cappedTotal(db, base),
  ]);
  return { ...total, items: rows.map(eventView) };
}

type EventRow = {
  id: string; document_id: string; outlet: string | null; title: string | null; published: string; type: string;
  date: string | null; precision: string | null; date_basis: string | null; place: string | null; status: string;
  participants: string; trigger: string; trigger_start: number; trigger_end: number; timeline_id: string | null;
  span_start: number; span_end: number; text: string; rule: string;
};

export const eventView = (r: EventRow): EventView => ({
  id: r.id,
  documentId: r.document_id,
  outlet: r.outlet,
  title: r.title,
  published: r.published,
  type: r.type,
  date: r.date,
  precision: r.precision,
  dateBasis: r.date_basis,
  place: r.place,
  status: r.status,
  participants: parseJson<string[]>(r.participants, []),
  trigger: r.trigger,
  triggerSpan: spanOf(r.trigger_start, r.trigger_end),
  timelineId: r.timeline_id,
  span: spanOf(r.span_start, r.span_end),
  text: r.text,
  rule: r.rule,
});
