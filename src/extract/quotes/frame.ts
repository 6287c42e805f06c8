import type { Sentence } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { QuoteSpan } from './marks.js';

/** Where a quotation sits: the text around it in its sentence(s), where its speaker is named. */
export interface QuoteFrame {
  quote: QuoteSpan;
  /** Index of the sentence holding the opening mark, and of the one holding the end of the quote. */
  first: number;
  last: number;
  /** From the sentence start (or the previous quote's end) to the opening mark. */
  left: Span;
  /** From the closing mark to the sentence end (or the next quote's start). */
  right: Span;
  /** The right context is the next sentence: `“Is it over?” Trump asked.` splits after the question mark. */
  rightIsNext: boolean;
}

/** Index of the sentence that contains `offset` (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const blank = (text: string, s: Span) => !/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end));

/** Frames every quote; `quotes` must be in text order. */
export function frameQuotes(text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[]): QuoteFrame[] {
  if (!sentences.length) return [];
  return quotes.map((q, i) => {
    const first = sentenceAt(sentences, q.open.start);
    const endAt = q.close ? q.close.start : Math.max(q.content.start, q.content.end - 1);
    const last = Math.max(first, sentenceAt(sentences, endAt));
    const prevEnd = i > 0 ? (quotes[i - 1]!.close?.end ?? quotes[i - 1]!.content.end) : 0;
    const nextStart = i + 1 < quotes.length ? quotes[i + 1]!.open.start : text.length;
    const left = { start: Math.max(sentences[first]!.span.start, Math.min(prevEnd, q.open.start)), end: q.open.start };
    const after = q.close ? q.close.end : q.content.end;
    let right = { start: after, end: Math.max(after, Math.min(sentences[last]!.span.end, nextStart)) };
    let rightIsNext = false;
    const next = sentences[last + 1];
    // `“Is it over?” Trump asked.`: the segmenter ends the sentence at the question mark.
    if (q.close && blank(text, right) && next && next.paragraph === sentences[last]!.paragraph && next.span.start < nextStart) {
      const ender = text.slice(q.content.start, q.content.end).trimEnd().slice(-1);
      if (/[?!.…]/.test(ender)) {
        right = { start: after, end: Math.min(next.span.end, nextStart) };
        rightIsNext = true;
      }
    }
    return { quote: q, first, last, left, right, rightIsNext };
  });
}
