import { z } from 'zod';
import { listQuotes } from '../../store/queries/quote-list.js';
import { listStatements } from '../../store/queries/statement-list.js';
import { listBody, type ApiContext } from '../context.js';
import { filters, page } from '../params.js';
import type { Routes } from '../route.js';

export function registerSpeech(routes: Routes, ctx: ApiContext): void {
  const query = z.object({ ...filters, ...page });
  const description = '`side` and `actor` filter on the speaker; `issue` keeps records inside a sentence with a position or status on that issue.';
  routes.get('/api/quotes', { tag: 'speech', summary: 'Direct quotes with speakers, newest first', description, query }, async ({ query: { limit, offset, ...f } }) =>
    listBody(await listQuotes(ctx.db, f, { limit, offset }), { limit, offset }),
  );
  routes.get('/api/statements', { tag: 'speech', summary: 'Indirect (reported) statements, newest first', description, query }, async ({ query: { limit, offset, ...f } }) =>
    listBody(await listStatements(ctx.db, f, { limit, offset }), { limit, offset }),
  );
}
