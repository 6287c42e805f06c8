import type { Span } from '../../core/span.js';
import { pieceAt, type Pieces } from './phrases.js';

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

const isWordPiece = (s: string) => {
  const c = s.charCodeAt(0);
  // Pieces are either runs of letters and digits or single other characters.
  if (s.length > 1) return true;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return s.toLowerCase() !== s.toUpperCase() || /[\p{L}\p{N}]/u.test(s);
};
const JOINERS = new Set(["'", '.', '-']);
const DIGITS3 = /^\d{3}$/;
const DIGITS = /^\d+$/;

/**
 * Joins the pieces of a span into tokens: words keep inner apostrophes, dots, hyphens and thousands commas
 * ("Kyiv's", "U.S.", "Ukrainian-American", "600,000"); every other character is a token of its own.
 */
export function tokensOf(p: Pieces, span: Span): Token[] {
  const out: Token[] = [];
  let i = pieceAt(p, span.start);
  const last = pieceAt(p, span.end);
  while (i < last) {
    const first = p.cased[i]!;
    if (!isWordPiece(first)) {
      out.push({ start: p.starts[i]!, end: p.ends[i]!, lower: p.lower[i]!, word: false, cap: false });
      i++;
      continue;
    }
    let j = i;
    let dotted = false;
    for (;;) {
      const joiner = p.cased[j + 1];
      const next = p.cased[j + 2];
      if (j + 2 >= last || joiner === undefined || next === undefined) break;
      if (p.ends[j] !== p.starts[j + 1] || p.ends[j + 1] !== p.starts[j + 2] || !isWordPiece(next)) break;
      const thousands = joiner === ',' && DIGITS.test(p.cased[j]!) && DIGITS3.test(next);
      if (!JOINERS.has(joiner) && !thousands) break;
      if (joiner === '.') dotted = true;
      j += 2;
    }
    // "U.S." keeps its final dot; a sentence's full stop does not belong to its last word.
    if (dotted && j + 1 < last && p.cased[j + 1] === '.' && p.ends[j] === p.starts[j + 1]) j++;
    const start = p.starts[i]!;
    const end = p.ends[j]!;
    const lower = i === j ? p.lower[i]! : p.lower.slice(i, j + 1).join('');
    out.push({ start, end, lower, word: true, cap: first !== p.lower[i]! && first[0] !== p.lower[i]![0] });
    i = j + 1;
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
