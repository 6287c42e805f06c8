import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RawArticle } from '../core/article.js';
import { isIsoDay } from '../core/dates.js';

/**
 * Sidecar metadata for corpora whose files carry none (seed files and plain text have no outlet,
 * title or URL): `{ outlets?: [{ id, name }], articles: [{ id, outlet?, title?, url?, published? }] }`.
 * An article's `outlet` may name an entry of `outlets` by id; its `id` is the article id (the file name
 * without extension). What an article says about itself wins over the sidecar.
 */
const schema = z.object({
  outlets: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) }).passthrough()).optional(),
  articles: z.array(
    z
      .object({
        id: z.string().min(1),
        outlet: z.string().min(1).optional(),
        title: z.string().min(1).optional(),
        url: z.string().min(1).optional(),
        published: z.string().refine(isIsoDay, 'expected YYYY-MM-DD').optional(),
      })
      .passthrough(),
  ),
});

export type ArticleMetadata = Pick<RawArticle, 'outlet' | 'title' | 'url' | 'published'>;

/** Article id → the fields the sidecar gives it. Throws an error naming the file and the first bad field. */
export function loadMetadata(file: string): Map<string, Partial<ArticleMetadata>> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read metadata: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: bad metadata at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const outletName = new Map((parsed.data.outlets ?? []).map((o) => [o.id, o.name]));
  return new Map(
    parsed.data.articles.map((a) => {
      const fields: Partial<ArticleMetadata> = {};
      if (a.outlet) fields.outlet = outletName.get(a.outlet) ?? a.outlet;
      if (a.title) fields.title = a.title;
      if (a.url) fields.url = a.url;
      if (a.published) fields.published = a.published;
      return [a.id, fields];
    }),
  );
}

/** The article with the sidecar's fields filled in where the article has none of its own. */
export function withMetadata(article: RawArticle, metadata: ReadonlyMap<string, Partial<ArticleMetadata>>): RawArticle {
  const extra = metadata.get(article.id);
  if (!extra) return article;
  const filled = { ...article };
  for (const key of ['outlet', 'title', 'url', 'published'] as const) if (!filled[key] && extra[key]) filled[key] = extra[key];
  return filled;
}
