import type { RawArticle } from '../../core/article.js';
import type { InputProblem } from '../problem.js';

export interface ReadOptions {
  /** Publication date for plain text files that carry none (`--date`). */
  date?: string;
}

/** One input file's decoded text in, articles and problems out. Readers never throw on bad content. */
export type Reader = (source: string, text: string, options: ReadOptions) => Array<RawArticle | InputProblem>;

/** File name without folders and extension: the article id for one-article files. */
export function idFromPath(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '') || base;
}
