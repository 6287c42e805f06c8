import type { Span } from '../../core/span.js';
import { phraseRegex } from '../../nlp/patterns.js';

/** A phrase found in the text, with the value the phrase list gave it. */
export interface Hit<T> extends Span {
  value: T;
  text: string;
}

/** Normalises a phrase for lookup: one space, one kind of apostrophe, lower case unless told otherwise. */
export const phraseKey = (s: string, keepCase = false): string => {
  const k = s.replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();
  return keepCase ? k : k.toLowerCase();
};

export type PhraseFinder<T> = (text: string, within: Span) => Hit<T>[];

/**
 * Compiles phrase → value pairs into one whole-word regex (longest phrase first) and returns a finder.
 * When a phrase is listed twice the first value wins. Names want `caseSensitive` ("US" is not "us").
 */
export function phraseFinder<T>(entries: Iterable<readonly [string, T]>, options: { caseSensitive?: boolean } = {}): PhraseFinder<T> {
  const keepCase = options.caseSensitive ?? false;
  const values = new Map<string, T>();
  for (const [phrase, value] of entries) {
    const k = phraseKey(phrase, keepCase);
    if (k && !values.has(k)) values.set(k, value);
  }
  const re = phraseRegex([...values.keys()], keepCase ? 'gu' : 'giu');
  return (text, within) => {
    const out: Hit<T>[] = [];
    const slice = text.slice(within.start, within.end);
    for (const m of slice.matchAll(re)) {
      const value = values.get(phraseKey(m[0], keepCase));
      if (value === undefined) continue;
      const start = within.start + m.index;
      out.push({ start, end: start + m[0].length, value, text: m[0] });
    }
    return out;
  };
}
