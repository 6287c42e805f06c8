import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED } from '../../scripts/eval/datasets.js';

/** A development article's raw text (after the ` date YYYY-MM-DD ` header) and publication date. */
export function corpusArticle(set: 'seeds' | 'dev', id: string): { published: string; body: string; file: string } {
  const file = path.join(SHARED, 'corpus', set, `${id}.txt`);
  const text = readFileSync(file, 'utf8');
  const m = /^ date (\S+) /.exec(text)!;
  return { published: m[1]!, body: text.slice(m[0].length), file };
}

/** Its non-empty paragraphs. */
export const corpusParagraphs = (set: 'seeds' | 'dev', id: string): string[] =>
  corpusArticle(set, id).body.split(/\n+/).map((p) => p.trim()).filter(Boolean);
