import { z } from 'zod';
import type { Sentence } from '../core/article.js';
import type { Span } from '../core/span.js';
import type { Lexicon } from './lexicon.js';
import { matchesOf } from './matches.js';

const SegmentSchema = z.object({ abbreviations: z.array(z.string()).default([]) });

export interface Segmenter {
  paragraphs(text: string): Span[];
  sentences(text: string, paragraphs: Span[]): Sentence[];
}

/** Characters that may close a sentence after its final punctuation (quotes, brackets). */
const CLOSERS = `"'”’»)]`;

/**
 * Splits text into paragraphs (separated by line breaks) and sentences (terminal punctuation
 * followed by space and an upper-case letter, digit or opening quote, unless after an abbreviation).
 */
export function createSegmenter(lexicon: Lexicon): Segmenter {
  const abbreviations = new Set(lexicon.section('segment', SegmentSchema).abbreviations.map((a) => a.toLowerCase()));
  const boundary = /[.!?…]+(?=[\s"'”’»)\]]|$)/g;

  function paragraphs(text: string): Span[] {
    const out: Span[] = [];
    const re = /[^\n]+/g;
    // Once per article, iterated lazily (a hostile body may be millions of lines).
    for (const m of text.matchAll(re)) {
      let start = m.index;
      let end = start + m[0].length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    }
    return out;
  }

  function endsWithAbbreviation(text: string, dot: number): boolean {
    if (text[dot] !== '.') return false;
    let i = dot;
    while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
    const word = text.slice(i, dot).toLowerCase();
    if (!word) return false;
    if (abbreviations.has(word)) return true;
    // Single capital initial ("John F. Kennedy"), but not a sentence ending in a one-letter word like "I".
    return /^\p{Lu}$/u.test(text.slice(i, dot)) && text.slice(i, dot) !== 'I';
  }

  function sentences(text: string, paras: Span[]): Sentence[] {
    const out: Sentence[] = [];
    paras.forEach((p, paragraph) => {
      let start = p.start;
      const chunk = text.slice(p.start, p.end);
      for (const m of matchesOf(boundary, chunk)) {
        let end = p.start + m.index + m[0].length;
        while (end < p.end && CLOSERS.includes(text[end]!)) end++;
        if (end >= p.end) break;
        const next = nextNonSpace(text, end, p.end);
        if (next < 0) break;
        const c = text[next]!;
        if (!/[\p{Lu}\p{N}"'“‘«(\[]/u.test(c)) continue;
        if (endsWithAbbreviation(text, p.start + m.index + m[0].length - 1)) continue;
        if (end > start) out.push({ span: { start, end }, paragraph });
        start = next;
      }
      if (p.end > start) out.push({ span: { start, end: p.end }, paragraph });
    });
    return out;
  }

  return { paragraphs, sentences };
}

function nextNonSpace(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (!/\s/.test(text[i]!)) return i;
  return -1;
}
