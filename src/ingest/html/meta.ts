import type { DomDocument, DomElement } from './dom.js';

/** What a page says about itself. Every value is as written; dates are parsed by the caller. */
export interface PageMeta {
  title?: string;
  outlet?: string;
  url?: string;
  /** Publication date candidates, best first, each with where it was found. */
  dates: Array<{ value: string; from: string }>;
}

/** Largest JSON-LD block parsed: metadata is small, anything bigger is not worth the time. */
const MAX_JSON_LD = 200_000;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|Report|WebPage)$/;
/** `<meta>` names that carry a publication date, after the Open Graph and JSON-LD ones. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'displaydate',
];

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 500) : undefined;
};

/** `<meta property|name|itemprop=KEY content=...>`, keys lower-cased, first one wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Article-like objects of every JSON-LD block, including those inside `@graph` and arrays. */
function jsonLd(doc: DomDocument): Json[] {
  const out: Json[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = el.textContent ?? '';
    if (!text || text.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let n = 0; queue.length && n < 200; n++) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v.slice(0, 50));
      else if (isObj(v)) {
        if (Array.isArray(v['@graph'])) queue.push(...v['@graph'].slice(0, 50));
        const types = ([] as unknown[]).concat(v['@type']);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(v);
      }
    }
  }
  // Real articles first, a generic WebPage last.
  return out.sort((a, b) => Number(String(a['@type']) === 'WebPage') - Number(String(b['@type']) === 'WebPage'));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? clean(v) : undefined);
const nameOf = (v: unknown): string | undefined => (isObj(v) ? str(v['name']) : Array.isArray(v) ? nameOf(v[0]) : str(v));

function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The page's title, outlet, canonical URL and publication date candidates. */
export function pageMeta(doc: DomDocument): PageMeta {
  const meta = metaMap(doc);
  const ld = jsonLd(doc);
  const first = <T>(...vs: Array<T | undefined>) => vs.find((v) => v !== undefined);
  const fromLd = (f: (o: Json) => string | undefined) => first(...ld.map(f));
  const attr = (sel: string, name: string) => clean(doc.querySelector(sel)?.getAttribute(name));

  const url = first(attr('link[rel="canonical"]', 'href'), clean(meta.get('og:url')), fromLd((o) => str(o['url'])));
  const title = first(
    clean(meta.get('og:title')),
    clean(meta.get('twitter:title')),
    fromLd((o) => str(o['headline'])),
    clean(doc.querySelector('h1')?.textContent),
    clean(doc.title),
  );
  const outlet = first(
    clean(meta.get('og:site_name')),
    fromLd((o) => nameOf(o['publisher'])),
    clean(meta.get('application-name')),
    host(url),
  );

  const dates: PageMeta['dates'] = [];
  const add = (value: string | undefined, from: string) => {
    if (value) dates.push({ value, from });
  };
  add(clean(meta.get('article:published_time')), 'article:published_time');
  for (const o of ld) add(str(o['datePublished']), 'JSON-LD datePublished');
  const time = pubTime(doc);
  add(clean(time?.getAttribute('datetime')), '<time datetime>');
  for (const key of DATE_META.slice(1)) add(clean(meta.get(key)), `<meta ${key}>`);
  return { ...(title && { title }), ...(outlet && { outlet }), ...(url && { url }), dates };
}

/** The `<time datetime>` that most likely dates the article: marked pubdate, else in the article, else the first. */
function pubTime(doc: DomDocument): DomElement | null {
  return (
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector('time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]')
  );
}
