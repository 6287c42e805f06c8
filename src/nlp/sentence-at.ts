import type { Sentence } from '../core/article.js';

/**
 * Index of the sentence holding an offset, by binary search over sorted sentences; -1 when the offset
 * falls between sentences or outside the text. sentenceAt(doc.sentences)(doc.sentences[2].span.start) === 2.
 */
export function sentenceAt(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!.span;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}
