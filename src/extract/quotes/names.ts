import type { Span } from '../../core/span.js';
import type { QuoteWords } from './lexicon.js';
import { PARTICLES, trailingName } from './phrase.js';
import { isCapitalised, type Token } from './tokens.js';

/** A name written in the article (titles stripped), for coreference when the actors stage did not resolve it. */
export interface NameEntry {
  span: Span;
  text: string;
  /** Lower-cased last word: "Matthews" finds "Chris Matthews". */
  last: string;
  words: number;
  gender: 'male' | 'female' | 'any';
  /** The name opens its sentence (a likely subject). */
  initial: boolean;
  /** A title or honorific came before it ("Mr", "Sen.", "President"): a person. */
  titled: boolean;
}

const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince']);
const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess']);

export const nameText = (text: string, s: Span): string => text.slice(s.start, s.end).replace(/\s+/g, ' ').replace(/['’]s$/, '');

/** Guesses a gender from a title before the name or from the first name's lexicon entry. */
export function genderOf(ts: Token[], nameStart: number, w: QuoteWords): NameEntry['gender'] {
  const before = ts[nameStart - 1]?.lower;
  if (before && MALE_TITLES.has(before)) return 'male';
  if (before && FEMALE_TITLES.has(before)) return 'female';
  const first = ts[nameStart]?.lower ?? '';
  if (w.femaleNames.has(first)) return 'female';
  if (w.maleNames.has(first)) return 'male';
  return 'any';
}

/**
 * Every capitalised run of the article reduced to its trailing name ("White House press secretary Karoline
 * Leavitt" -> "Karoline Leavitt"), in text order. `sentenceStarts` marks tokens that open a sentence.
 */
export function indexNames(text: string, ts: Token[], sentenceStarts: ReadonlySet<number>, w: QuoteWords): NameEntry[] {
  const out: NameEntry[] = [];
  let i = 0;
  while (i < ts.length) {
    if (!isCapitalised(ts[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ts.length && (isCapitalised(ts[j + 1]!) || (PARTICLES.has(ts[j + 1]!.lower) && j + 2 < ts.length && isCapitalised(ts[j + 2]!)))) j++;
    const span = trailingName(ts, i, j, w);
    if (span) {
      let k = i;
      while (k < j && ts[k]!.start < span.start) k++;
      let words = 0;
      for (let n = k; n <= j && ts[n]!.end <= span.end; n++) if (ts[n]!.word) words++;
      const titled = k > i || (k > 0 && w.titles.has(ts[k - 1]!.lower));
      out.push({
        span,
        text: nameText(text, span),
        last: ts[j]!.lower.replace(/['’]s$/, ''),
        words,
        gender: genderOf(ts, k, w),
        initial: sentenceStarts.has(i),
        titled,
      });
    }
    i = j + 1;
  }
  return out;
}
