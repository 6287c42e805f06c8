import { sql, type Kysely } from 'kysely';
import type { Span } from '../../core/span.js';
import type { Database } from '../schema.js';

export interface TimelineFilter {
  /** Events on or after this day (undated events by their first report). */
  since?: string;
  until?: string;
  /** An actor key, canonical name or alias ("Witkoff", "steve-witkoff"). */
  actor?: string;
  type?: string;
}

/** One article's report of a timeline event, with its evidence. */
export interface TimelineSource {
  eventId: string;
  documentId: string;
  storyId: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string;
  /** The day this source gives (null when it gives none). */
  date: string | null;
  status: string;
  trigger: string;
  /** Every sentence of the article that tells the event, with its span in the cleaned text. */
  evidence: Array<{ span: Span; text: string }>;
}

export interface TimelineEntry {
  id: string;
  type: string;
  date: string | null;
  period: string | null;
  precision: string | null;
  place: string | null;
  status: string;
  participants: string[];
  participantKeys: string[];
  /** Every distinct day the sources gave; more than one raises `dateConflict`. */
  dates: string[];
  dateConflict: boolean;
  /** Distinct stories (syndicated copies count once). */
  sourceCount: number;
  firstReported: string;
  lastReported: string | null;
  sources: TimelineSource[];
}

/** Actor keys an argument names: a key, a canonical name or an alias, case-insensitively. */
export async function actorKeysFor(db: Kysely<Database>, actor: string): Promise<string[]> {
  const needle = actor.trim().toLowerCase();
  const byName = await db
    .selectFrom('actors')
    .select('key')
    .where((eb) => eb.or([eb(eb.fn('lower', ['key']), '=', needle), eb(eb.fn('lower', ['name']), '=', needle)]))
    .execute();
  const byAlias = await db.selectFrom('actor_aliases').select('actor_key as key').where(eb => eb(eb.fn('lower', ['alias']), '=', needle)).execute();
  return [...new Set([...byName, ...byAlias].map((r) => r.key))].sort();
}

/**
 * Timeline events in date order (undated ones at their first report), each with every source that reports it.
 * Shared by `parley timeline` and the REST API.
 */
export async function listTimeline(db: Kysely<Database>, filter: TimelineFilter = {}, page = { limit: 500, offset: 0 }): Promise<TimelineEntry[]> {
  const when = sql<string>`coalesce(${sql.ref('date')}, ${sql.ref('first_reported')})`;
  let q = db.selectFrom('timeline_events').selectAll();
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.since) q = q.where(when, '>=', filter.since);
  if (filter.until) q = q.where(when, '<=', filter.until);
  if (filter.actor) {
    const keys = await actorKeysFor(db, filter.actor);
    const needle = `%${filter.actor.toLowerCase().replace(/[%_"\\]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        ...keys.map((k) => eb('participant_keys', 'like', `%"${k.replace(/[%_"\\]/g, '')}"%`)),
        eb(eb.fn('lower', ['participants']), 'like', needle),
      ]),
    );
  }
  const rows = await q.orderBy(when).orderBy('id').limit(page.limit).offset(page.offset).execute();
  if (!rows.length) return [];
  const reports = await db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.document_id')
    .select([
      'events.id',
      'events.timeline_id',
      'events.document_id',
      'events.date',
      'events.status',
      'events.trigger',
      'events.span_start',
      'events.span_end',
      'events.evidence',
      'documents.story_id',
      'documents.outlet',
      'documents.title',
      'documents.url',
      'documents.published',
      'documents.text',
    ])
    .where('events.timeline_id', 'in', rows.map((r) => r.id))
    .orderBy('documents.published')
    .orderBy('events.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    date: r.date,
    period: r.period ?? null,
    precision: r.precision,
    place: r.place,
    status: r.status,
    participants: JSON.parse(r.participants) as string[],
    participantKeys: JSON.parse(r.participant_keys ?? '[]') as string[],
    dates: JSON.parse(r.dates) as string[],
    dateConflict: !!r.date_conflict,
    sourceCount: r.source_count,
    firstReported: r.first_reported,
    lastReported: r.last_reported ?? null,
    sources: reports
      .filter((e) => e.timeline_id === r.id)
      .map((e) => {
        const spans = e.evidence ? (JSON.parse(e.evidence) as Span[]) : [{ start: e.span_start, end: e.span_end }];
        return {
          eventId: e.id,
          documentId: e.document_id,
          storyId: e.story_id,
          outlet: e.outlet,
          title: e.title,
          url: e.url,
          published: e.published,
          date: e.date,
          status: e.status,
          trigger: e.trigger,
          evidence: spans.map((span) => ({ span, text: e.text.slice(span.start, span.end) })),
        };
      }),
  }));
}
