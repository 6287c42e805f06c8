import type { Span } from './span.js';

/** Input formats Parley reads. */
export type ArticleFormat = 'seed' | 'text' | 'json' | 'html' | 'feed';

/**
 * One article as a reader produced it, before cleaning: the body is the text to analyse
 * (for HTML and feeds, the main text a reader extracted from the markup).
 */
export interface RawArticle {
  id: string;
  /** Where it came from: a file path, `path:line` for JSON Lines, `path#item` for feeds, or `-`. */
  source: string;
  format: ArticleFormat;
  /** Publication day, YYYY-MM-DD. */
  published: string;
  title?: string;
  url?: string;
  outlet?: string;
  body: string;
}

/** A stretch of the raw body that cleaning removed, and the rule that removed it. */
export interface RemovedSpan {
  /** Offsets into the raw body. */
  span: Span;
  text: string;
  rule: string;
}

/**
 * Kept stretches of the raw body: `[cleanStart, rawStart, length]`, sorted by cleanStart.
 * Every character of the cleaned text sits in exactly one segment, except inserted separators.
 */
export type OffsetSegments = Array<[number, number, number]>;

/** The cleaned article all extractors read. Offsets in every record point into `text`. */
export interface Doc {
  id: string;
  published: string;
  title?: string;
  url?: string;
  outlet?: string;
  source: string;
  format: ArticleFormat;
  raw: string;
  text: string;
  segments: OffsetSegments;
  removed: RemovedSpan[];
  /** Paragraph spans in `text`. */
  paragraphs: Span[];
  /** Sentence spans in `text`, in order, each inside one paragraph. */
  sentences: Sentence[];
}

export interface Sentence {
  span: Span;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}
