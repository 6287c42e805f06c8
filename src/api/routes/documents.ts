import { z } from 'zod';
import { getDocument } from '../../store/queries/document-detail.js';
import { listDocumentPage } from '../../store/queries/document-list.js';
import { listStories } from '../../store/queries/story-list.js';
import { listBody, type ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { dateRange, filters, int, page, text } from '../params.js';
import type { Routes } from '../route.js';

export function registerDocuments(routes: Routes, ctx: ApiContext): void {
  routes.get(
    '/api/documents',
    {
      tag: 'documents',
      summary: 'Documents, newest first',
      description: '`side` and `actor` keep documents that mention them; `issue` keeps documents with a position or status on it.',
      query: z.object({ ...filters, ...page }),
    },
    async ({ query: { limit, offset, ...f } }) => listBody(await listDocumentPage(ctx.db, f, { limit, offset }), { limit, offset }),
  );
  routes.get(
    '/api/documents/:id',
    {
      tag: 'documents',
      summary: 'One document: cleaned text, removed spans and every record with its span, for highlighting',
      params: z.object({ id: text(300) }),
      errors: [404],
    },
    async ({ params }) => (await getDocument(ctx.db, params.id)) ?? Promise.reject(notFound('document', params.id)),
  );
  routes.get(
    '/api/stories',
    {
      tag: 'documents',
      summary: 'Stories: groups of near-duplicate documents (syndicated copies and rewrites)',
      query: z.object({ ...dateRange, outlet: filters.outlet, minDocuments: int(1, 1000).default(2).describe('smallest group size'), ...page }),
    },
    async ({ query: { limit, offset, ...f } }) => listBody(await listStories(ctx.db, f, { limit, offset }), { limit, offset }),
  );
}
