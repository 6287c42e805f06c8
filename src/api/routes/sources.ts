import { z } from 'zod';
import { issueCoverage, listOutlets } from '../../store/queries/outlet-coverage.js';
import type { ApiContext } from '../context.js';
import { dateRange } from '../params.js';
import type { Routes } from '../route.js';

export function registerSources(routes: Routes, ctx: ApiContext): void {
  routes.get('/api/outlets', { tag: 'sources', summary: 'Outlets with what each reported and their framing markers' }, async () => ({
    items: await listOutlets(ctx.db),
  }));
  routes.get(
    '/api/outlets/coverage',
    { tag: 'sources', summary: 'Which outlets report what: positions and statuses per outlet and issue', query: z.object({ ...dateRange }) },
    ({ query }) => issueCoverage(ctx.db, query),
  );
}
