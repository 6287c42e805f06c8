import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface Page {
  limit: number;
  offset: number;
}

export interface DocumentFilter {
  since?: string;
  until?: string;
  outlet?: string;
}

/** Documents, newest first, without their texts. */
export async function listDocuments(db: Kysely<Database>, filter: DocumentFilter, page: Page) {
  let q = db
    .selectFrom('documents')
    .select(['id', 'published', 'outlet', 'title', 'format', 'source', 'story_id', 'story_similarity', 'url']);
  if (filter.since) q = q.where('published', '>=', filter.since);
  if (filter.until) q = q.where('published', '<=', filter.until);
  if (filter.outlet) q = q.where('outlet', '=', filter.outlet);
  return q.orderBy('published', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute();
}

/** Stories with more than one document: syndicated copies and rewrites of one story. */
export async function listDuplicateGroups(db: Kysely<Database>) {
  const stories = await db.selectFrom('stories').selectAll().where('document_count', '>', 1).orderBy('first_published').orderBy('id').execute();
  const docs = stories.length
    ? await db
        .selectFrom('documents')
        .select(['id', 'story_id', 'outlet', 'published', 'story_similarity'])
        .where('story_id', 'in', stories.map((s) => s.id))
        .orderBy('published')
        .orderBy('id')
        .execute()
    : [];
  return stories.map((s) => ({ ...s, documents: docs.filter((d) => d.story_id === s.id) }));
}

/** Counts for the overview: documents, outlets, stories. */
export async function counts(db: Kysely<Database>) {
  const one = async (table: 'documents' | 'outlets' | 'stories') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { documents: await one('documents'), outlets: await one('outlets'), stories: await one('stories') };
}
