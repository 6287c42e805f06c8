import { isIsoDay } from '../../core/dates.js';
import { problem } from '../problem.js';
import { fileArticleId, type Reader } from './reader.js';

/** The seed format: ` date YYYY-MM-DD ` then the article text on the same line and after it. */
export const SEED_HEADER = /^\uFEFF?\s?date (\S+) ?/;

export const isSeedFormat = (text: string): boolean => SEED_HEADER.test(text);

export const readSeed: Reader = (source, text) => {
  const m = SEED_HEADER.exec(text);
  if (!m) return [problem(source, 'not in the seed format (first line must start with " date YYYY-MM-DD ")')];
  const published = m[1]!;
  if (!isIsoDay(published)) return [problem(source, `impossible publication date "${published}"`, 1)];
  const body = text.slice(m[0].length);
  if (!body.trim()) return [problem(source, 'article text is empty')];
  return [{ id: fileArticleId(source, { body }), source, format: 'seed', published, body }];
};
