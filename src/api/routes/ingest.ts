import type { Context } from 'hono';
import { z } from 'zod';
import type { RawArticle } from '../../core/article.js';
import { contentHash } from '../../ingest/hash.js';
import { ingest } from '../../ingest/ingest.js';
import { READERS_BY_EXTENSION } from '../../ingest/inputs.js';
import { formatProblem, type InputProblem } from '../../ingest/problem.js';
import type { ApiContext } from '../context.js';
import { ApiError, invalidInput } from '../errors.js';
import { day } from '../params.js';
import type { Routes } from '../route.js';
import { bearerToken, tokenMatches } from '../security.js';

/** Most articles one request may carry. */
const MAX_ARTICLES = 100;

const ArticleSchema = z
  .object({
    id: z.string().regex(/^[\p{L}\p{N}_.:-]{1,200}$/u, 'use letters, digits, "_", ".", ":" and "-" (at most 200)').optional(),
    published: day,
    title: z.string().max(1000).optional(),
    url: z.string().max(2000).optional(),
    outlet: z.string().max(200).optional(),
    body: z.string().min(1, 'must not be empty'),
  })
  .strict();

const BodySchema = z.union([ArticleSchema, z.object({ articles: z.array(ArticleSchema).min(1).max(MAX_ARTICLES) }).strict()]);

function authorize(c: Context, ctx: ApiContext): void {
  if (ctx.writeToken === undefined)
    throw new ApiError(403, 'writes_disabled', 'Write endpoints are off: start the server with --write-token or PARLEY_WRITE_TOKEN');
  if (!tokenMatches(bearerToken(c.req.header('authorization')), ctx.writeToken)) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new ApiError(401, 'unauthorized', 'Missing or wrong bearer token (Authorization: Bearer <token>)');
  }
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

async function store(ctx: ApiContext, items: Array<RawArticle | InputProblem>) {
  const problems: string[] = [];
  async function* each() {
    yield* items;
  }
  const summary = await ingest(ctx.store, ctx.pipeline(), each(), { onProblem: (p) => problems.push(formatProblem(p)) });
  return { added: summary.added, duplicates: summary.duplicates, failed: summary.failed, problems };
}

/** Write routes: ingest posted articles or a feed. Off unless a token is configured. */
export function registerIngest(routes: Routes, ctx: ApiContext): void {
  routes.post(
    '/api/documents',
    {
      tag: 'write',
      summary: 'Ingest one article or {articles: [...]} (JSON): extract and store; already stored content is skipped',
      write: true,
      body: { contentTypes: ['application/json'], schema: BodySchema, description: `an article, or up to ${MAX_ARTICLES} as {articles: [...]}` },
      errors: [415],
    },
    async ({ c }) => {
      authorize(c, ctx);
      if (mediaType(c) !== 'application/json') throw new ApiError(415, 'unsupported_media_type', `Expected application/json, got "${mediaType(c)}"`);
      let json: unknown;
      try {
        json = JSON.parse(await c.req.text());
      } catch (e) {
        throw new ApiError(400, 'bad_request', `Request body is not valid JSON: ${(e as Error).message}`);
      }
      const parsed = BodySchema.safeParse(json);
      if (!parsed.success) throw invalidInput('body field', parsed.error.issues, (json ?? {}) as Record<string, unknown>);
      const list = 'articles' in parsed.data ? parsed.data.articles : [parsed.data];
      const articles: RawArticle[] = list.map((a, i) => {
        const base = { source: `api:${i}`, format: 'json' as const, published: a.published, body: a.body };
        const withMeta = {
          ...base,
          ...(a.title !== undefined && { title: a.title }),
          ...(a.url !== undefined && { url: a.url }),
          ...(a.outlet !== undefined && { outlet: a.outlet }),
        };
        return { id: a.id ?? `api-${contentHash(withMeta).slice(0, 16)}`, ...withMeta };
      });
      return c.json(await store(ctx, articles), 201);
    },
  );
  routes.post(
    '/api/feeds',
    {
      tag: 'write',
      summary: 'Ingest an RSS or Atom feed (XML body)',
      write: true,
      body: { contentTypes: ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml'], description: 'the feed document' },
      errors: [415, 501],
    },
    async ({ c }) => {
      authorize(c, ctx);
      const type = mediaType(c);
      if (!/^(application\/(rss\+|atom\+)?xml|text\/xml)$/.test(type))
        throw new ApiError(415, 'unsupported_media_type', `Expected an XML feed (application/rss+xml, application/atom+xml), got "${type}"`);
      const reader = READERS_BY_EXTENSION.get('.rss') ?? READERS_BY_EXTENSION.get('.xml') ?? READERS_BY_EXTENSION.get('.atom');
      if (!reader) throw new ApiError(501, 'not_implemented', 'Feed reading is not available in this build');
      const items = reader('api:feed', await c.req.text(), {});
      return c.json(await store(ctx, items), 201);
    },
  );
}
