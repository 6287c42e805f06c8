import { z } from 'zod';
import { brief } from '../../store/queries/brief-view.js';
import { cellEvidence, matrix } from '../../store/queries/matrix-view.js';
import { listPositions, listStatuses } from '../../store/queries/position-list.js';
import { listBody, type ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { dateRange, day, filters, issueStatus, page, slug, stance } from '../params.js';
import type { Routes } from '../route.js';

export function registerPositions(routes: Routes, ctx: ApiContext): void {
  routes.get(
    '/api/positions',
    {
      tag: 'positions',
      summary: "Positions: a side's stance on an issue, with the sentence, newest first",
      description: '`actor` filters on the speaker the position is sourced to.',
      query: z.object({ ...filters, stance: stance.optional(), ...page }),
    },
    async ({ query: { limit, offset, ...f } }) => listBody(await listPositions(ctx.db, f, { limit, offset }), { limit, offset }),
  );
  const { actor: _actor, ...statusFilters } = filters;
  routes.get(
    '/api/statuses',
    {
      tag: 'positions',
      summary: 'Issue statuses (agreed, close, disputed, deferred) and who claims them, newest first',
      description: '`side` filters on the claimant.',
      query: z.object({ ...statusFilters, status: issueStatus.optional(), ...page }),
    },
    async ({ query: { limit, offset, ...f } }) => listBody(await listStatuses(ctx.db, f, { limit, offset }), { limit, offset }),
  );
  routes.get(
    '/api/matrix',
    {
      tag: 'positions',
      summary: 'The side × issue matrix over time: latest stances per cell, stances per bucket with change points, and issue statuses',
      description: '`until` gives the matrix as of that day.',
      query: z.object({
        ...dateRange,
        side: filters.side,
        issue: filters.issue,
        bucket: z.enum(['day', 'week', 'month']).default('week'),
      }),
    },
    ({ query }) => matrix(ctx.db, query),
  );
  routes.get(
    '/api/matrix/evidence',
    {
      tag: 'positions',
      summary: "Evidence for one matrix cell: positions, overlapping quotes and the articles (without side: the issue's statuses)",
      query: z.object({ ...dateRange, side: slug.optional(), issue: slug }),
    },
    ({ query }) => cellEvidence(ctx.db, query),
  );
  routes.get(
    '/api/briefs',
    {
      tag: 'positions',
      summary: 'What changed in a window: new or changed positions, status moves and conflicts, events — each with sources',
      query: z.object({ since: day, until: day.optional() }),
    },
    async ({ query }) => {
      if (query.until && query.until < query.since)
        throw new ApiError(400, 'bad_request', `Invalid window: until "${query.until}" is before since "${query.since}"`);
      return brief(ctx.db, query);
    },
  );
}
