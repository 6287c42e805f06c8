import type { Span } from '../../core/span.js';

/** A word or punctuation mark of a sentence, with its offsets in the document text. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased text, apostrophes unified to `'`. */
  lower: string;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Words may hold inner apostrophes, dots, hyphens and commas between digits ("Kyiv's", "U.S.", "600,000").
const TOKEN = /[\p{L}\p{N}]+(?:(?:['’ʼ.\-]|,(?=\d{3}))[\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Splits `text.slice(span.start, span.end)` into tokens with document offsets. */
export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    let raw = m[0];
    // A trailing dot belongs to the word only for abbreviations with inner dots ("U.S."), not at a sentence end.
    if (raw.length > 1 && raw.endsWith('.') && !/\.\p{L}/u.test(raw.slice(0, -1))) raw = raw.slice(0, -1);
    const start = span.start + m.index;
    const lower = raw.toLowerCase().replace(/[’ʼ]/g, "'");
    out.push({ start, end: start + raw.length, lower, word: /[\p{L}\p{N}]/u.test(raw), cap: /^\p{Lu}/u.test(raw) });
    if (raw.length < m[0].length) out.push({ start: start + raw.length, end: start + m[0].length, lower: '.', word: false, cap: false });
  }
  return out;
}

/** Index of the first token that ends after `offset` (the token at or after it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
