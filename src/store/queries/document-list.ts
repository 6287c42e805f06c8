import type { Kysely } from 'kysely';
import { engineOf } from '../engine.js';
import type { Database } from '../schema.js';
import { cappedTotal, hasIssue, mentionsSide, type Page, type PageResult, type RecordFilter } from './filters.js';

export interface DocumentListItem {
  id: string;
  published: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  format: string;
  storyId: string;
  storySimilarity: number;
}

function filtered(db: Kysely<Database>, f: RecordFilter) {
  let q = db.selectFrom('documents');
  if (f.since) q = q.where('documents.published', '>=', f.since);
  if (f.until) q = q.where('documents.published', '<=', f.until);
  if (f.outlet) q = q.where('documents.outlet', '=', f.outlet);
  // Correlated per candidate document (date and outlet leave fewer than every mention or position would).
  if (f.actor)
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('mentions').select('mentions.id').whereRef('mentions.document_id', '=', 'documents.id').where('mentions.actor_key', '=', f.actor!)),
    );
  if (f.side) q = q.where(mentionsSide(f.side, engineOf(db)));
  if (f.issue) q = q.where(hasIssue(f.issue));
  return q;
}

/** Documents, newest first, without their texts; `side`/`actor` mean "mentions", `issue` means "has a position or status on". */
export async function listDocumentPage(db: Kysely<Database>, filter: RecordFilter, page: Page): Promise<PageResult<DocumentListItem>> {
  const base = filtered(db, filter);
  const [rows, total] = await Promise.all([
    base
      .select(['id', 'published', 'outlet', 'title', 'url', 'format', 'story_id', 'story_similarity'])
      .orderBy('published', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    cappedTotal(db, base),
  ]);
  return {
    ...total,
    items: rows.map((r) => ({
      id: r.id,
      published: r.published,
      outlet: r.outlet,
      title: r.title,
      url: r.url,
      format: r.format,
      storyId: r.story_id,
      storySimilarity: r.story_similarity,
    })),
  };
}
