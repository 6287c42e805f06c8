import { isSeedFormat } from './readers/seed.js';

export type SniffedFormat = 'seed' | 'text' | 'json' | 'jsonl' | 'html' | 'feed';

const FEED_ROOT = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*|<\?[^>]{0,200}\?>\s*|<!DOCTYPE[^>[]{0,300}(?:\[[\s\S]{0,5000}?\])?\s*>\s*)*<(?:rss|feed|rdf:RDF)\b/i;

/**
 * The format of text that came without a telling file name (standard input, unknown extensions),
 * from how it starts: the seed header, `{`/`[` for JSON, an `rss`/`feed` root for feeds, `<` for HTML.
 */
export function sniffFormat(text: string): SniffedFormat {
  if (isSeedFormat(text)) return 'seed';
  const head = text.slice(0, 8000);
  const first = head.trimStart()[0];
  if (first === '{' || first === '[') return first === '{' && /\}\s*\n\s*\{/.test(head) ? 'jsonl' : 'json';
  if (first === '<') return FEED_ROOT.test(head) ? 'feed' : 'html';
  return 'text';
}
