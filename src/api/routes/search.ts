import { z } from 'zod';
import { RANK_LIMIT, searchDocuments, searchQuotes } from '../../store/queries/search.js';
import { listBody, type ApiContext } from '../context.js';
import { filters, page, text } from '../params.js';
import type { Routes } from '../route.js';

export function registerSearch(routes: Routes, ctx: ApiContext): void {
  routes.get(
    '/api/search',
    {
      tag: 'search',
      summary: 'Full-text search over documents or quotes, best matches first (newest first for common words), with highlighted snippets',
      description:
        'Words must all match; "quoted phrases" match as phrases; `word*` matches a prefix. Snippets come as plain text with highlight offsets. `side` and `actor` apply to quotes. ' +
        `Hits are ordered by relevance when at most ${RANK_LIMIT} articles (or quotes) of the store match the words, else newest first (publication date, then id), whatever the filters; \`order\` says which (\`relevance\` or \`newest\`).`,
      query: z.object({
        q: text(300).describe('what to search for'),
        kind: z.enum(['documents', 'quotes']).default('documents'),
        since: filters.since,
        until: filters.until,
        outlet: filters.outlet,
        side: filters.side,
        actor: filters.actor,
        ...page,
      }),
    },
    async ({ query: { q, kind, limit, offset, ...f } }) => {
      const p = { limit, offset };
      const result = kind === 'quotes' ? await searchQuotes(ctx.db, q, f, p) : await searchDocuments(ctx.db, q, f, p);
      return { kind, ...listBody<unknown>(result, p), order: result.order };
    },
  );
}
