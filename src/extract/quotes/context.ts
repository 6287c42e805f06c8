import type { Doc } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { cueAt, type CueIndex } from './cues.js';
import { sentenceAt } from './frame.js';
import type { QuoteWords } from './lexicon.js';
import type { Token } from './tokens.js';

/** What the quote and statement rules read about one article: its tokens, sentences, quotations and cue words. */
export interface DocContext {
  doc: Doc;
  text: string;
  tokens: Token[];
  words: QuoteWords;
  cues: CueIndex;
  according: CueIndex;
  /** 1 for tokens inside a kept quotation's words. */
  inQuote: Uint8Array;
  sentenceOf(offset: number): number;
  /** Token index range [from, to] of a sentence. */
  sentenceTokens(sentence: number): [number, number];
  /** Length in tokens of the speech verb starting at token i, 0 when there is none or it is inside a quotation. */
  cueLen(i: number): number;
  /** The same for verbs of belief ("believes") and of stance ("called for"): statements only. */
  beliefLen(i: number): number;
  stanceLen(i: number): number;
}

/** Index range [from, to] of the tokens inside a span (to < from when there are none). */
export function tokenRange(ts: readonly Token[], s: Span): [number, number] {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo - 1;
  while (to + 1 < ts.length && ts[to + 1]!.end <= s.end) to++;
  return [lo, to];
}

export function docContext(
  doc: Doc,
  tokens: Token[],
  o: { words: QuoteWords; cues: CueIndex; according: CueIndex; beliefs: CueIndex; stances: CueIndex; quotes: readonly Span[] },
): DocContext {
  const inQuote = new Uint8Array(tokens.length);
  for (const q of o.quotes) {
    const [from, to] = tokenRange(tokens, q);
    for (let i = from; i <= to; i++) inQuote[i] = 1;
  }
  const ranges = doc.sentences.map((s) => tokenRange(tokens, s.span));
  // Speech verbs looked up once per token: every rule asks again and again.
  const cueLens = new Uint8Array(tokens.length);
  const beliefLens = new Uint8Array(tokens.length);
  const stanceLens = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i] || !tokens[i]!.word) continue;
    cueLens[i] = cueAt(tokens, i, o.cues);
    beliefLens[i] = cueAt(tokens, i, o.beliefs);
    stanceLens[i] = cueAt(tokens, i, o.stances);
  }
  return {
    doc,
    text: doc.text,
    tokens,
    words: o.words,
    cues: o.cues,
    according: o.according,
    inQuote,
    sentenceOf: (offset) => sentenceAt(doc.sentences, offset),
    sentenceTokens: (s) => ranges[s] ?? [0, -1],
    cueLen: (i) => cueLens[i] ?? 0,
    beliefLen: (i) => beliefLens[i] ?? 0,
    stanceLen: (i) => stanceLens[i] ?? 0,
  };
}
