import { createHash } from 'node:crypto';
import type { RawArticle } from '../core/article.js';

/**
 * Identity of an article's content: the same text on the same day hashes the same whatever the file
 * name, format or white space, so re-ingesting it adds nothing.
 */
export function contentHash(article: Pick<RawArticle, 'published' | 'body'>): string {
  const body = article.body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${article.published}\n${body}`).digest('hex');
}
