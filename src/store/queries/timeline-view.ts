import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { engineOf } from '../engine.js';
import type { Database } from '../schema.js';
import { cappedTotal, type Page, type PageResult, type RecordFilter } from './filters.js';
import { parseJson, spanOf } from './shape.js';

export interface TimelineFilter extends RecordFilter {
  type?: string;
  status?: string;
}

/** One report of a merged event: the article, its outlet and the sentence. */
export interface TimelineSource {
  eventId: string;
  documentId: string;
  outlet: string | null;
  title: string | null;
  published: string;
  date: string | null;
  span: { start: number; end: number };
  text: string;
  rule: string;
}

export interface TimelineEventView {
  id: string;
  type: string;
  date: string | null;
  dateEnd: string | null;
  precision: string | null;
  place: string | null;
  status: string;
  participants: string[];
  firstReported: string;
  sourceCount: number;
  dateConflict: boolean;
  dates: string[];
  sources: TimelineSource[];
}

function filtered(db: Kysely<Database>, f: TimelineFilter) {
  let q = db.selectFrom('timeline_events');
  if (f.since) q = q.where((eb) => eb(eb.fn.coalesce('timeline_events.date', 'timeline_events.first_reported'), '>=', f.since!));
  if (f.until) q = q.where((eb) => eb(eb.fn.coalesce('timeline_events.date', 'timeline_events.first_reported'), '<=', f.until!));
  if (f.type) q = q.where('timeline_events.type', '=', f.type);
  if (f.status) q = q.where('timeline_events.status', '=', f.status);
  // Correlated per candidate event: the type and date filters leave few, and each has few participants.
  const takesPart = (column: 'timeline_participants.actor_key' | 'actors.side', value: string) =>
    q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('timeline_participants')
          .innerJoin('actors', 'actors.key', 'timeline_participants.actor_key')
          .select('timeline_participants.actor_key')
          .whereRef('timeline_participants.timeline_id', '=', 'timeline_events.id')
          .where(column, '=', value),
      ),
    );
  if (f.actor) q = takesPart('timeline_participants.actor_key', f.actor);
  if (f.side) q = takesPart('actors.side', f.side);
  // One probe per candidate event (023's (timeline_id, outlet) index); a scalar subquery so that PostgreSQL
  // does not turn it into a semi-join over every event of the outlet.
  if (f.outlet)
    q = q.where(sql<boolean>`(select 1 from events outlet_event where outlet_event.timeline_id = timeline_events.id and outlet_event.outlet = ${f.outlet} limit 1) is not null`);
  return q;
}

/**
 * The ids of the first `n` reports (by publication) of each listed event, read per event from the
 * (timeline_id, published, id) index. PostgreSQL says so with a LATERAL join; it ran the correlated IN list
 * SQLite takes (below) as a scan of every event per listed event (10k articles: over 30 s).
 */
function firstReports(db: Kysely<Database>, ids: string[], n: number) {
  const firstOf = (eb: ExpressionBuilder<Database, 'timeline_events'>) =>
    eb.selectFrom('events as e').select('e.id').whereRef('e.timeline_id', '=', 'timeline_events.id').orderBy('e.published').orderBy('e.id').limit(n);
  const listed = db.selectFrom('timeline_events').where('timeline_events.id', 'in', ids);
  if (engineOf(db) === 'postgres')
    return listed.innerJoinLateral((eb) => firstOf(eb).as('first'), (join) => join.onTrue()).select('first.id');
  return listed.innerJoin('events as first', (join) => join.on('first.id', 'in', (eb) => firstOf(eb as never))).select('first.id');
}

/** Sources a timeline list shows per event; the event's own endpoint has them all. */
export const SOURCES_IN_LIST = 10;

/**
 * The reports behind some merged events, oldest first: all of them, or the first `perEvent` of each. The
 * first ones are read per event from the (timeline_id, published, id) index, so a big event costs no more
 * than a small one.
 */
export async function timelineSources(db: Kysely<Database>, ids: string[], perEvent?: number): Promise<Map<string, TimelineSource[]>> {
  const out = new Map<string, TimelineSource[]>();
  if (!ids.length) return out;
  const rows = await db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select([
      'events.id', 'events.timeline_id', 'events.document_id', 'documents.outlet', 'documents.title', 'events.published', 'events.date',
      'events.span_start', 'events.span_end', 'events.text', 'events.rule',
    ])
    .$if(perEvent === undefined, (q) => q.where('events.timeline_id', 'in', ids))
    .$if(perEvent !== undefined, (q) => q.where('events.id', 'in', firstReports(db, ids, perEvent!)))
    .orderBy('events.published')
    .orderBy('events.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.timeline_id!) ?? [];
    list.push({
      eventId: r.id,
      documentId: r.document_id,
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      date: r.date,
      span: spanOf(r.span_start, r.span_end),
      text: r.text,
      rule: r.rule,
    });
    out.set(r.timeline_id!, list);
  }
  return out;
}

type Row = Database['timeline_events'];

const view = (r: Row, sources: TimelineSource[]): TimelineEventView => ({
  id: r.id,
  type: r.type,
  date: r.date,
  dateEnd: r.date_end,
  precision: r.precision,
  place: r.place,
  status: r.status,
  participants: parseJson<string[]>(r.participants, []),
  firstReported: r.first_reported,
  sourceCount: r.source_count,
  dateConflict: r.date_conflict === 1,
  dates: parseJson<string[]>(r.dates, []),
  sources,
});

/** The merged timeline, in date order (undated events by when they were first reported), each with its sources. */
export async function listTimeline(db: Kysely<Database>, filter: TimelineFilter, page: Page, sourcesPerEvent = SOURCES_IN_LIST): Promise<PageResult<TimelineEventView>> {
  const base = filtered(db, filter);
  const [rows, total] = await Promise.all([
    base
      .selectAll('timeline_events')
      .orderBy((eb) => eb.fn.coalesce('timeline_events.date', 'timeline_events.first_reported'))
      .orderBy('timeline_events.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    cappedTotal(db, base),
  ]);
  const sources = await timelineSources(db, rows.map((r) => r.id), sourcesPerEvent);
  return { ...total, items: rows.map((r) => view(r, sources.get(r.id) ?? [])) };
}

export async function getTimelineEvent(db: Kysely<Database>, id: string): Promise<TimelineEventView | null> {
  const row = await db.selectFrom('timeline_events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const sources = await timelineSources(db, [id]);
  return view(row, sources.get(id) ?? []);
}
