import { z } from 'zod';
import { listEvents } from '../../store/queries/event-list.js';
import { getTimelineEvent, listTimeline } from '../../store/queries/timeline-view.js';
import { listBody, type ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { eventStatus, eventType, filters, page, text } from '../params.js';
import type { Routes } from '../route.js';

export function registerEvents(routes: Routes, ctx: ApiContext): void {
  const { issue: _issue, ...eventFilters } = filters;
  const query = z.object({ ...eventFilters, type: eventType.optional(), status: eventStatus.optional(), ...page });
  routes.get(
    '/api/events',
    { tag: 'events', summary: 'Events as each article reported them (before merging)', description: '`side` and `actor` filter on participants.', query },
    async ({ query: { limit, offset, ...f } }) => listBody(await listEvents(ctx.db, f, { limit, offset }), { limit, offset }),
  );
  routes.get(
    '/api/timeline',
    { tag: 'events', summary: 'The merged timeline: each real-world event once, with its first sources (all of them under /api/timeline/{id})', query },
    async ({ query: { limit, offset, ...f } }) => listBody(await listTimeline(ctx.db, f, { limit, offset }), { limit, offset }),
  );
  routes.get(
    '/api/timeline/:id',
    { tag: 'events', summary: 'One merged event with its sources and their sentences', params: z.object({ id: text(300) }), errors: [404] },
    async ({ params }) => (await getTimelineEvent(ctx.db, params.id)) ?? Promise.reject(notFound('timeline event', params.id)),
  );
}
