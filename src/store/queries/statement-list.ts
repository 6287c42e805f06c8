import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { cappedTotal, type Page, type PageResult, type RecordFilter } from './filters.js';
import { optionalSpan, spanOf } from './shape.js';
import { newestFirst, speechMatches } from './speech-matches.js';

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

/** Indirect speech ("Zelensky said Ukraine would not withdraw"), newest first. */
export async function listStatements(db: Kysely<Database>, filter: RecordFilter, page: Page): Promise<PageResult<StatementView>> {
  const matches = speechMatches(db, 'statements', filter);
  const [rows, total] = await Promise.all([
    db
      .selectFrom(newestFirst(matches, page).as('m'))
      .innerJoin('statements', 'statements.id', 'm.id')
      .innerJoin('documents', 'documents.id', 'statements.document_id')
      .leftJoin('actors', 'actors.key', 'statements.speaker_key')
      .select([
        'statements.id', 'statements.document_id', 'statements.published', 'documents.outlet', 'statements.span_start',
        'statements.span_end', 'statements.text', 'statements.rule', 'statements.speaker_name', 'statements.speaker_key',
        'actors.side', 'statements.speaker_start', 'statements.speaker_end', 'statements.speaker_text', 'statements.cue',
      ])
      .orderBy('m.published', 'desc')
      .orderBy('m.id')
      .execute(),
    cappedTotal(db, matches.filtered),
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
