import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { actorOnSide, cappedTotal, speaksTo, type Page, type PageResult, type RecordFilter } from './filters.js';
import { optionalSpan, spanOf } from './shape.js';

export interface StatementView {
  id: string;
  documentId: string;
  published: string;
  outlet: string | null;
  span: { start: number; end: number };
  text: string;
  rule: string;
  speaker: string | null;
  speakerKey: string | null;
  speakerSide: string | null;
  speakerSpan: { start: number; end: number } | null;
  speakerText: string | null;
  cue: string | null;
}

function filtered(db: Kysely<Database>, f: RecordFilter) {
  let q = db.selectFrom('statements');
  if (f.since) q = q.where('statements.published', '>=', f.since);
  if (f.until) q = q.where('statements.published', '<=', f.until);
  if (f.actor) q = q.where('statements.speaker_key', '=', f.actor);
  if (f.side) q = q.where(actorOnSide('statements.speaker_key', f.side));
  if (f.outlet) q = q.where('statements.outlet', '=', f.outlet);
  if (f.issue) q = q.where(speaksTo('statements', f.issue));
  return q;
}

/** Indirect speech ("Zelensky said Ukraine would not withdraw"), newest first. */
export async function listStatements(db: Kysely<Database>, filter: RecordFilter, page: Page): Promise<PageResult<StatementView>> {
  const base = filtered(db, filter);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('documents', 'documents.id', 'statements.document_id')
      .leftJoin('actors', 'actors.key', 'statements.speaker_key')
      .select([
        'statements.id', 'statements.document_id', 'statements.published', 'documents.outlet', 'statements.span_start',
        'statements.span_end', 'statements.text', 'statements.rule', 'statements.speaker_name', 'statements.speaker_key',
        'actors.side', 'statements.speaker_start', 'statements.speaker_end', 'statements.speaker_text', 'statements.cue',
      ])
      .orderBy('statements.published', 'desc')
      .orderBy('statements.id')
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
      published: r.published,
      outlet: r.outlet,
      span: spanOf(r.span_start, r.span_end),
      text: r.text,
      rule: r.rule,
      speaker: r.speaker_name,
      speakerKey: r.speaker_key,
      speakerSide: r.side,
      speakerSpan: optionalSpan(r.speaker_start, r.speaker_end),
      speakerText: r.speaker_text,
      cue: r.cue,
    })),
  };
}
