import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Page, PageResult, RecordFilter } from './filters.js';
import { num } from './shape.js';

export interface StoryView {
  id: string;
  firstPublished: string;
  documentCount: number;
  outletCount: number;
  documents: Array<{ id: string; outlet: string | null; published: string; title: string | null; similarity: number }>;
}

/** Stories (groups of near-duplicate documents), largest first; `minDocuments` 2 keeps only real duplicate groups. */
export async function listStories(
  db: Kysely<Database>,
  filter: Pick<RecordFilter, 'since' | 'until' | 'outlet'> & { minDocuments?: number },
  page: Page,
): Promise<PageResult<StoryView>> {
  let q = db.selectFrom('stories').where('document_count', '>=', filter.minDocuments ?? 2);
  if (filter.since) q = q.where('first_published', '>=', filter.since);
  if (filter.until) q = q.where('first_published', '<=', filter.until);
  if (filter.outlet) q = q.where('id', 'in', db.selectFrom('documents').select('story_id').where('outlet', '=', filter.outlet));
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('document_count', 'desc').orderBy('first_published', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const docs = rows.length
    ? await db
        .selectFrom('documents')
        .select(['id', 'story_id', 'outlet', 'published', 'title', 'story_similarity'])
        .where('story_id', 'in', rows.map((s) => s.id))
        .orderBy('published')
        .orderBy('id')
        .execute()
    : [];
  return {
    total: num(total.n),
    items: rows.map((s) => ({
      id: s.id,
      firstPublished: s.first_published,
      documentCount: s.document_count,
      outletCount: s.outlet_count,
      documents: docs
        .filter((d) => d.story_id === s.id)
        .map((d) => ({ id: d.id, outlet: d.outlet, published: d.published, title: d.title, similarity: d.story_similarity })),
    })),
  };
}
