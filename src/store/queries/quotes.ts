import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Page } from './documents.js';
import { containsText } from './filters.js';

export interface QuoteFilter {
  /** A speaker's actor key, or part of their name (case-insensitive). */
  speaker?: string;
  /** The side the speaker speaks for (from the actor table). */
  side?: string;
  /** Published on or after / on or before (YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** Words the quote contains (case-insensitive). */
  search?: string;
}

/** One place a quote was reported. */
export interface QuoteSource {
  quote_id: string;
  document_id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string;
  speaker_text: string | null;
  rule: string;
}

/** A quote as said once and reported by one or more outlets. */
export interface QuoteGroup {
  group_key: string;
  text: string;
  speaker: string | null;
  speaker_key: string | null;
  side: string | null;
  partial: boolean;
  first_published: string;
  source_count: number;
  sources: QuoteSource[];
}

function filtered(db: Kysely<Database>, f: QuoteFilter) {
  let q = db
    .selectFrom('quotes')
    .innerJoin('documents', 'documents.id', 'quotes.document_id')
    .leftJoin('actors as a', 'a.key', 'quotes.speaker_key');
  if (f.since) q = q.where('quotes.published', '>=', f.since);
  if (f.until) q = q.where('quotes.published', '<=', f.until);
  if (f.side) q = q.where('a.side', '=', f.side);
  if (f.search) {
    q = q.where(containsText('quotes.text', f.search));
  }
  if (f.speaker) {
    const s = f.speaker;
    q = q.where((eb) => eb.or([eb('quotes.speaker_key', '=', s), containsText('quotes.speaker_name', s)]));
  }
  return q;
}

/**
 * Quotes matching the filter, grouped by their normalised text (`group_key`): the same words reported by
 * several outlets are one group with its earliest date and every source. Newest groups first. The filter
 * applies to each report, so a group shows the reports inside the window.
 */
export async function listQuotes(db: Kysely<Database>, filter: QuoteFilter, page: Page): Promise<QuoteGroup[]> {
  const groups = await filtered(db, filter)
    .select((eb) => ['quotes.group_key as group_key', eb.fn.min('quotes.published').as('first_published'), eb.fn.countAll().as('n')])
    .groupBy('quotes.group_key')
    .orderBy('first_published', 'desc')
    .orderBy('quotes.group_key')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  if (!groups.length) return [];
  const rows = await filtered(db, filter)
    .where('quotes.group_key', 'in', groups.map((g) => g.group_key))
    .select([
      'quotes.id as quote_id',
      'quotes.group_key as group_key',
      'quotes.text as text',
      'quotes.speaker_name as speaker',
      'quotes.speaker_key as speaker_key',
      'quotes.speaker_text as speaker_text',
      'quotes.partial as partial',
      'quotes.rule as rule',
      'quotes.published as published',
      'quotes.document_id as document_id',
      'documents.outlet as outlet',
      'documents.title as title',
      'documents.url as url',
      'a.side as side',
    ])
    .orderBy('quotes.published')
    .orderBy('quotes.id')
    .execute();
  return groups.map((g) => {
    const mine = rows.filter((r) => r.group_key === g.group_key);
    const first = mine[0]!;
    const named = mostCommon(mine.filter((r) => r.speaker_key).map((r) => r.speaker_key!));
    const who = mine.find((r) => r.speaker_key === named) ?? first;
    return {
      group_key: g.group_key,
      text: first.text,
      speaker: who.speaker,
      speaker_key: who.speaker_key,
      side: who.side ?? null,
      partial: mine.every((r) => !!r.partial),
      first_published: String(g.first_published),
      source_count: Number(g.n),
      sources: mine.map((r) => ({
        quote_id: r.quote_id,
        document_id: r.document_id,
        outlet: r.outlet,
        title: r.title,
        url: r.url,
        published: r.published,
        speaker_text: r.speaker_text,
        rule: r.rule,
      })),
    };
  });
}

/** The value that occurs most often (the first of equals). */
function mostCommon(xs: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | undefined;
  for (const [x, n] of counts) if (best === undefined || n > counts.get(best)!) best = x;
  return best;
}
