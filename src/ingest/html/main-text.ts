import { createRequire } from 'node:module';
import type { DomDocument, DomNode } from './dom.js';
import { elementText, NEVER_TEXT, PAGE_FURNITURE, removeAll } from './text.js';

/** Elements Readability may look at before giving up: bounds its work on huge pages. */
const MAX_ELEMENTS = 60_000;
/** Shorter main text than this means Readability missed the article; the whole body is used instead. */
const MIN_MAIN_TEXT = 200;
const FALLBACK_SKIP = new Set([...NEVER_TEXT, ...PAGE_FURNITURE]);

/**
 * The main text of a page as paragraphs, via Mozilla's Readability (the engine of Firefox's reader
 * view). Scripts, styles and frames are dropped first; when Readability finds no article, the body's
 * text without navigation, headers and footers is used. Mutates the document.
 */
export function mainText(doc: DomDocument): string {
  removeAll(doc, 'script:not([type="application/ld+json"]), style, noscript, iframe, object, embed, template, svg');
  // Text without markup (or nearly) has no article to find: Readability would only cost time.
  if (!doc.body || doc.body.querySelectorAll('p, div, article, section, main, td, li, br, h1, h2, h3').length < 2) {
    return doc.body ? elementText(doc.body, FALLBACK_SKIP) : '';
  }
  let text = '';
  try {
    const { Readability } = createRequire(import.meta.url)('@mozilla/readability') as typeof import('@mozilla/readability');
    const article = new Readability<DomNode>(doc as never, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as unknown as DomNode,
    }).parse();
    if (article?.content) text = elementText(article.content);
  } catch {
    // Too many elements or a page Readability cannot handle: fall back to the body below.
  }
  if (text.length >= MIN_MAIN_TEXT) return text;
  const body = doc.body ? elementText(doc.body, FALLBACK_SKIP) : '';
  return body.length > text.length ? body : text;
}
