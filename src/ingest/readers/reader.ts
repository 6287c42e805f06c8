import type { RawArticle } from '../../core/article.js';
import { articleId, safeId } from '../ids.js';
import type { InputProblem } from '../problem.js';

export interface ReadOptions {
  /** Publication date for files that carry none (`--date`). */
  date?: string;
}

/** One input file's decoded text in, articles and problems out. Readers never throw on bad content. */
export type Reader = (source: string, text: string, options: ReadOptions) => Array<RawArticle | InputProblem>;

/** Where standard input's articles say they come from. */
export const STDIN = 'stdin';

/** File name without folders and extension. */
export function idFromPath(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '') || base;
}

/**
 * The id of a one-article file: its file name (made safe). Standard input has no name, so its id
 * comes from the URL, title or content.
 */
export function fileArticleId(source: string, fields: { url?: string | undefined; title?: string | undefined; body: string }): string {
  return source === STDIN ? articleId(fields) : safeId(idFromPath(source));
}
