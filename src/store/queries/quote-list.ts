import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { cappedTotal, type Page, type PageResult, type RecordFilter } from './filters.js';
import { optionalSpan, spanOf } from './shape.js';
import { newestFirst, speechMatches } from './speech-matches.js';

export type QuoteFilter = RecordFilter;

export interface QuoteView {
  id: string;
  documentId: string;
  published: string;
  outlet: string | null;
  title: string | null;
  span: { start: number; end: number };
  text: string;
  rule: string;
  speaker: string | null;
  speakerKey: string | null;
  speakerSide: string | null;
  speakerSpan: { start: number; end: number } | null;
  speakerText: string | null;
  speakerBasis: string | null;
  cue: string | null;
  partial: boolean;
  groupKey: string;
}

/** Quotes, newest first, with their document's outlet and the speaker's side. */
export async function listQuotes(db: Kysely<Database>, filter: QuoteFilter, page: Page): Promise<PageResult<QuoteView>> {
  const matches = speechMatches(db, 'quotes', filter);
  const [rows, total] = await Promise.all([
    db
      .selectFrom(newestFirst(matches, page).as('m'))
      .innerJoin('quotes', 'quotes.id', 'm.id')
      .innerJoin('documents', 'documents.id', 'quotes.document_id')
      .leftJoin('actors', 'actors.key', 'quotes.speaker_key')
      .select([
        'quotes.id', 'quotes.document_id', 'quotes.published', 'documents.outlet', 'documents.title', 'quotes.span_start',
        'quotes.span_end', 'quotes.text', 'quotes.rule', 'quotes.speaker_name', 'quotes.speaker_key', 'actors.side',
        'quotes.speaker_start', 'quotes.speaker_end', 'quotes.speaker_text', 'quotes.speaker_basis', 'quotes.cue',
        'quotes.partial', 'quotes.group_key',
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
      title: r.title,
      span: spanOf(r.span_start, r.span_end),
      text: r.text,
      rule: r.rule,
      speaker: r.speaker_name,
      speakerKey: r.speaker_key,
      speakerSide: r.side,
      speakerSpan: optionalSpan(r.speaker_start, r.speaker_end),
      speakerText: r.speaker_text,
      speakerBasis: r.speaker_basis,
      cue: r.cue,
      partial: r.partial === 1,
      groupKey: r.group_key,
    })),
  };
}
