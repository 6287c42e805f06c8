import { nestingDepth } from '../html/depth.js';
import { parseFragment, parsePage } from '../html/dom.js';
import { mainText } from '../html/main-text.js';
import { pageMeta } from '../html/meta.js';
import { elementText } from '../html/text.js';
import { parsePublished } from '../published.js';
import { problem, type InputProblem } from '../problem.js';
import { fileArticleId, type Reader } from './reader.js';

/**
 * Deepest element nesting accepted. Real pages stay well under 100; main-text detection slows
 * sharply with depth (seconds at 500) and overflows the stack in the thousands.
 */
export const MAX_HTML_DEPTH = 256;

const depthProblem = (source: string, html: string): InputProblem | undefined => {
  const depth = nestingDepth(html, MAX_HTML_DEPTH);
  return depth > MAX_HTML_DEPTH ? problem(source, `HTML nested more than ${MAX_HTML_DEPTH} elements deep (not a news page)`) : undefined;
};

/** Text of an HTML fragment (a feed item's content, a record's `html`), or a problem. */
export function fragmentText(source: string, html: string): string | InputProblem {
  const deep = depthProblem(source, html);
  if (deep) return deep;
  try {
    return elementText(parseFragment(html));
  } catch (e) {
    return problem(source, `cannot read the HTML: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Drops a first paragraph that only repeats the title (Readability keeps the headline). */
function withoutTitle(text: string, title: string | undefined): string {
  if (!title) return text;
  const cut = text.indexOf('\n\n');
  const first = cut < 0 ? text : text.slice(0, cut);
  return norm(first) === norm(title) ? text.slice(cut < 0 ? text.length : cut + 2) : text;
}

export interface PageArticle {
  body: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** The first publication date the page states, parsed; or why none could be used. */
  published: { day: string } | { reason: string };
}

/** Main text and metadata of a whole HTML page, or a problem (too deep, no text). */
export function readPage(source: string, html: string): PageArticle | InputProblem {
  const deep = depthProblem(source, html);
  if (deep) return deep;
  let meta: ReturnType<typeof pageMeta>;
  let body: string;
  try {
    const doc = parsePage(html);
    meta = pageMeta(doc);
    body = withoutTitle(mainText(doc), meta.title);
  } catch (e) {
    return problem(source, `cannot read the HTML: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  if (!body.trim()) return problem(source, 'no article text found in the page');
  let published: PageArticle['published'] = { reason: 'no publication date in the page' };
  for (const d of meta.dates) {
    const parsed = parsePublished(d.value);
    if (parsed.ok) {
      published = { day: parsed.day };
      break;
    }
    if ('reason' in published && published.reason.startsWith('no ')) published = { reason: `${parsed.reason} in ${d.from}` };
  }
  return {
    body,
    published,
    ...(meta.title && { title: meta.title }),
    ...(meta.outlet && { outlet: meta.outlet }),
    ...(meta.url && { url: meta.url }),
  };
}

/**
 * An `.html` page: the main text via Readability; title, outlet and publication date from the page's
 * metadata (Open Graph, JSON-LD, `<time datetime>`, `<meta name=date>`), else `--date`.
 */
export const readHtml: Reader = (source, text, options) => {
  const page = readPage(source, text);
  if ('kind' in page) return [page];
  const published = 'day' in page.published ? page.published.day : options.date;
  if (!published) return [problem(source, `${'reason' in page.published ? page.published.reason : ''} (pass --date YYYY-MM-DD)`)];
  const { published: _, ...rest } = page;
  return [{ ...rest, id: fileArticleId(source, rest), source, format: 'html', published }];
};
