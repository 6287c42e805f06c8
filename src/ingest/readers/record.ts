import { z } from 'zod';
import type { RawArticle } from '../../core/article.js';
import { articleId } from '../ids.js';
import { looksLikeHtml } from '../html/dom.js';
import { problem, type InputProblem } from '../problem.js';
import { parsePublished } from '../published.js';
import { fragmentText, readPage, type PageArticle } from './html.js';
import type { ReadOptions } from './reader.js';

const text = (max: number) => z.string().max(max, `longer than ${max} characters`);
/** An optional field: absent, null and empty mean the same. */
const optional = (max: number) => text(max).nullish().transform((v) => v?.trim() || undefined);

/** One article in a JSON or JSON Lines file: `{id?, url?, title?, outlet?, published, text | html}`. */
export const ArticleRecord = z
  .object({
    id: z.union([text(500), z.number().int()]).nullish().transform((v) => (v == null ? undefined : String(v))),
    url: optional(4000),
    title: optional(2000),
    outlet: optional(500),
    published: z.string().nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
  })
  .refine((r) => !!(r.text?.trim() || r.html?.trim()), { message: 'needs "text" or "html" (non-empty)', path: ['text'] });

const describe = (issues: z.core.$ZodIssue[]): string =>
  issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `"${i.path.join('.')}": ${i.message}` : i.message))
    .join('; ');

const FULL_PAGE = /<(?:html|body|head)[\s>]/i;

/**
 * Turns one parsed JSON value into an article, or one problem naming `source` (`file:line`).
 * The `html` of a whole page goes through main-text detection, a fragment straight to text.
 */
export function recordToArticle(value: unknown, source: string, options: ReadOptions): RawArticle | InputProblem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return problem(source, `expected an article object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) return problem(source, `bad article record: ${describe(parsed.error.issues)}`);
  const r = parsed.data;
  let body = r.text?.trim() ? r.text : '';
  let page: PageArticle | undefined;
  if (!body && r.html) {
    if (FULL_PAGE.test(r.html.slice(0, 5000))) {
      const read = readPage(source, r.html);
      if ('kind' in read) return read;
      page = read;
      body = page.body;
    } else {
      const t = looksLikeHtml(r.html) ? fragmentText(source, r.html) : r.html;
      if (typeof t !== 'string') return t;
      body = t;
    }
  }
  const title = r.title ?? page?.title;
  const outlet = r.outlet ?? page?.outlet;
  const url = r.url ?? page?.url;

  let published: string | undefined;
  if (r.published != null && r.published.trim()) {
    const day = parsePublished(r.published);
    if (!day.ok) return problem(source, day.reason);
    published = day.day;
  } else if (page && 'day' in page.published) published = page.published.day;
  else published = options.date;
  if (!published) return problem(source, 'bad article record: "published" is missing (YYYY-MM-DD)');

  return {
    id: articleId({ id: r.id, url, title, body }),
    source,
    format: 'json',
    published,
    body,
    ...(title && { title }),
    ...(outlet && { outlet }),
    ...(url && { url }),
  };
}
