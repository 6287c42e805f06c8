import { createRequire } from 'node:module';
import type { XMLParser as Parser } from 'fast-xml-parser';
import type { RawArticle } from '../../core/article.js';
import { looksLikeHtml } from '../html/dom.js';
import { articleId } from '../ids.js';
import { problem, type InputProblem } from '../problem.js';
import { parsePublished } from '../published.js';
import { fragmentText } from './html.js';
import type { Reader } from './reader.js';

/**
 * Entity handling: a DOCTYPE that declares entities is refused before parsing (billion-laughs bombs,
 * external entities: feeds never need either), and the parser's own limits stay on as a second guard.
 */
const ENTITY_DECLARATION = /<!DOCTYPE[^[>]*\[[^\]]*<!ENTITY/i;
const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  htmlEntities: true,
  processEntities: { enabled: true, maxEntityCount: 50, maxEntitySize: 1000, maxExpansionDepth: 2, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name: string) => ['item', 'entry', 'link', 'category'].includes(name),
};
/** Loaded on the first feed, not at startup. */
let parser: Parser | undefined;
const feedParser = (): Parser => {
  const { XMLParser } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser');
  return (parser ??= new XMLParser(PARSER_OPTIONS));
};

type Node = Record<string, unknown>;
const isObj = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

/** Text of an element that may be a string, `{#text, @type}`, or a list. */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (isObj(v)) return textOf(v['#text']);
  return undefined;
}

/** An RSS `<link>` text, or the Atom `<link href>` with rel="alternate" (or no rel). */
function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) if (isObj(l) && typeof l['@href'] === 'string' && (!l['@rel'] || l['@rel'] === 'alternate')) return l['@href'];
  for (const l of links) if (typeof l === 'string' && l.trim()) return l.trim();
  return undefined;
}

interface FeedShape {
  outlet?: string;
  items: Node[];
}

/** RSS 2.0 (`rss > channel > item`), RSS 1.0 (`rdf:RDF > item`) or Atom (`feed > entry`). */
function shape(doc: Node): FeedShape | undefined {
  const rss = doc['rss'];
  const channel = isObj(rss) ? rss['channel'] : undefined;
  if (isObj(channel)) return { outlet: textOf(channel['title']), items: ((channel['item'] as unknown[]) ?? []).filter(isObj) };
  const rdf = doc['rdf:RDF'];
  if (isObj(rdf)) {
    const ch = rdf['channel'];
    return { outlet: isObj(ch) ? textOf(ch['title']) : undefined, items: ((rdf['item'] as unknown[]) ?? []).filter(isObj) };
  }
  const feed = doc['feed'];
  if (isObj(feed)) return { outlet: textOf(feed['title']), items: ((feed['entry'] as unknown[]) ?? []).filter(isObj) };
  return undefined;
}

/** One item or entry: full text from `content:encoded`/`content` when present, else the summary. */
function itemArticle(item: Node, source: string, outlet: string | undefined): RawArticle | InputProblem {
  const rawTitle = textOf(item['title']);
  const titleText = rawTitle && looksLikeHtml(rawTitle) ? fragmentText(source, rawTitle) : rawTitle;
  const title = typeof titleText === 'string' ? titleText.replace(/\s+/g, ' ').trim() || undefined : undefined;
  const url = linkOf(item['link']);
  const guid = textOf(item['guid']) ?? textOf(item['id']);
  const rawBody = textOf(item['content:encoded']) ?? textOf(item['content']) ?? textOf(item['description']) ?? textOf(item['summary']);
  if (!rawBody) return problem(source, 'feed item has no text (content, description or summary)');
  const body = looksLikeHtml(rawBody) ? fragmentText(source, rawBody) : rawBody;
  if (typeof body !== 'string') return body;
  const dateText = textOf(item['pubDate']) ?? textOf(item['dc:date']) ?? textOf(item['published']) ?? textOf(item['updated']);
  if (!dateText) return problem(source, 'feed item has no date (pubDate, dc:date, published or updated)');
  const day = parsePublished(dateText);
  if (!day.ok) return problem(source, day.reason);
  const itemOutlet = textOf(item['source']) ?? outlet;
  return {
    id: articleId({ id: guid, url, title, body }),
    source,
    format: 'feed',
    published: day.day,
    body,
    ...(title && { title }),
    ...(url && { url }),
    ...(itemOutlet && { outlet: itemOutlet }),
  };
}

/** An RSS or Atom feed file: each item is an article, named `file#N` in messages. */
export const readFeed: Reader = (file, text) => {
  if (ENTITY_DECLARATION.test(text.slice(0, 100_000))) {
    return [problem(file, 'XML declares entities in its DOCTYPE (refused: entity expansion and external entities are unsafe)')];
  }
  let doc: unknown;
  try {
    doc = feedParser().parse(text);
  } catch (e) {
    return [problem(file, `broken XML: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 160)}`)];
  }
  const feed = isObj(doc) ? shape(doc) : undefined;
  if (!feed) return [problem(file, 'not an RSS or Atom feed (no rss, rdf:RDF or feed element)')];
  if (!feed.items.length) return [problem(file, 'feed has no items')];
  return feed.items.map((item, i) => itemArticle(item, `${file}#${i + 1}`, feed.outlet));
};
