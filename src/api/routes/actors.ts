import { z } from 'zod';
import { getActor } from '../../store/queries/actor-detail.js';
import { listActorPage } from '../../store/queries/actor-list.js';
import { listQuotes } from '../../store/queries/quote-list.js';
import { listBody, type ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { dateRange, filters, page, text } from '../params.js';
import type { Routes } from '../route.js';

export function registerActors(routes: Routes, ctx: ApiContext): void {
  routes.get(
    '/api/actors',
    {
      tag: 'actors',
      summary: 'Actors by how many documents mention them',
      query: z.object({ side: filters.side, kind: z.enum(['person', 'organization']).optional(), q: text(100).optional().describe('part of the name'), ...page }),
    },
    async ({ query: { limit, offset, q, ...f } }) =>
      listBody(await listActorPage(ctx.db, { ...f, ...(q !== undefined && { search: q }) }, { limit, offset }), { limit, offset }),
  );
  routes.get(
    '/api/actors/:key',
    {
      tag: 'actors',
      summary: 'One actor: role, side, aliases, activity over time and their latest quotes',
      params: z.object({ key: text(300) }),
      query: z.object({ ...dateRange, ...page }),
      errors: [404],
    },
    async ({ params, query: { limit, offset, ...f } }) => {
      const actor = await getActor(ctx.db, params.key);
      if (!actor) throw notFound('actor', params.key);
      const quotes = await listQuotes(ctx.db, { ...f, actor: params.key }, { limit, offset });
      return { ...actor, quotes: listBody(quotes, { limit, offset }) };
    },
  );
}
