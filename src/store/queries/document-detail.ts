import type { Kysely } from 'kysely';
import type { OffsetSegments, RemovedSpan } from '../../core/article.js';
import type { Database } from '../schema.js';
import { eventView, type EventView } from './event-list.js';
import { optionalSpan, parseJson, spanOf } from './shape.js';

type Located = { id: string; span: { start: number; end: number }; text: string; rule: string };

export interface DocumentDetail {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string;
  source: string;
  format: string;
  storyId: string;
  storySimilarity: number;
  ingestedAt: string;
  /** The cleaned text every span points into. */
  text: string;
  /** What cleaning removed, with `at`: the cleaned-text offset where the removed stretch was. */
  removed: Array<RemovedSpan & { at: number }>;
  sentences: Array<{ start: number; end: number }>;
  records: {
    mentions: Array<Located & { actorKey: string; actorName: string | null; side: string | null; form: string }>;
    quotes: Array<Located & { speaker: string | null; speakerKey: string | null; speakerSpan: { start: number; end: number } | null; cue: string | null; partial: boolean }>;
    statements: Array<Located & { speaker: string | null; speakerKey: string | null; cue: string | null }>;
    timexes: Array<Located & { type: string; value: string; mod: string | null; basis: string }>;
    events: EventView[];
    positions: Array<Located & { side: string; issue: string; stance: string; summary: string; claimedBy: string | null; hedged: boolean; conditional: boolean }>;
    statuses: Array<Located & { issue: string; status: string; claimedBy: string | null }>;
  };
  /** Other documents of the same story (syndicated copies, rewrites). */
  related: Array<{ id: string; outlet: string | null; published: string; title: string | null }>;
}

/** The cleaned-text offset where a removed raw stretch sat: the start of the first kept segment after it. */
export function removedAt(segments: OffsetSegments, rawStart: number, textLength: number): number {
  for (const [cleanStart, rawSegStart] of segments) if (rawSegStart >= rawStart) return cleanStart;
  return textLength;
}

const located = (r: { id: string; span_start: number; span_end: number; text: string; rule: string }): Located => ({
  id: r.id,
  span: spanOf(r.span_start, r.span_end),
  text: r.text,
  rule: r.rule,
});

/** One document with its cleaned text and every record's span, for the reader. Null when unknown. */
export async function getDocument(db: Kysely<Database>, id: string): Promise<DocumentDetail | null> {
  const d = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) return null;
  const [mentions, quotes, statements, timexes, events, positions, statuses, related] = await Promise.all([
    db
      .selectFrom('mentions')
      .leftJoin('actors', 'actors.key', 'mentions.actor_key')
      .select(['mentions.id', 'mentions.span_start', 'mentions.span_end', 'mentions.text', 'mentions.rule', 'mentions.actor_key', 'mentions.form', 'actors.name', 'actors.side'])
      .where('mentions.document_id', '=', id)
      .orderBy('mentions.span_start')
      .execute(),
    db.selectFrom('quotes').selectAll().where('document_id', '=', id).orderBy('span_start').execute(),
    db.selectFrom('statements').selectAll().where('document_id', '=', id).orderBy('span_start').execute(),
    db.selectFrom('timexes').selectAll().where('document_id', '=', id).orderBy('span_start').execute(),
    db
      .selectFrom('events')
      .innerJoin('documents', 'documents.id', 'events.document_id')
      .selectAll('events')
      .select(['documents.outlet', 'documents.title'])
      .where('events.document_id', '=', id)
      .orderBy('events.span_start')
      .execute(),
    db.selectFrom('positions').selectAll().where('document_id', '=', id).orderBy('span_start').execute(),
    db.selectFrom('statuses').selectAll().where('document_id', '=', id).orderBy('span_start').execute(),
    db
      .selectFrom('documents')
      .select(['id', 'outlet', 'published', 'title'])
      .where('story_id', '=', d.story_id)
      .where('id', '!=', id)
      .orderBy('published')
      .orderBy('id')
      .limit(50)
      .execute(),
  ]);
  const segments = parseJson<OffsetSegments>(d.segments, []);
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    published: d.published,
    source: d.source,
    format: d.format,
    storyId: d.story_id,
    storySimilarity: d.story_similarity,
    ingestedAt: d.ingested_at,
    text: d.text,
    removed: parseJson<RemovedSpan[]>(d.removed, []).map((r) => ({ ...r, at: removedAt(segments, r.span.start, d.text.length) })),
    sentences: parseJson<Array<{ span: { start: number; end: number } }>>(d.sentences, []).map((s) => s.span),
    records: {
      mentions: mentions.map((m) => ({ ...located(m), actorKey: m.actor_key, actorName: m.name, side: m.side, form: m.form })),
      quotes: quotes.map((q) => ({
        ...located(q),
        speaker: q.speaker_name,
        speakerKey: q.speaker_key,
        speakerSpan: optionalSpan(q.speaker_start, q.speaker_end),
        cue: q.cue,
        partial: q.partial === 1,
      })),
      statements: statements.map((s) => ({ ...located(s), speaker: s.speaker_name, speakerKey: s.speaker_key, cue: s.cue })),
      timexes: timexes.map((t) => ({ ...located(t), type: t.type, value: t.value, mod: t.mod, basis: t.basis })),
      events: events.map(eventView),
      positions: positions.map((p) => ({
        ...located(p),
        side: p.side,
        issue: p.issue,
        stance: p.stance,
        summary: p.summary,
        claimedBy: p.claimed_by,
        hedged: p.hedged === 1,
        conditional: p.conditional === 1,
      })),
      statuses: statuses.map((s) => ({ ...located(s), issue: s.issue, status: s.status, claimedBy: s.claimed_by })),
    },
    related,
  };
}
