import type { Span } from '../../core/span.js';

/** A phrase found in the text, with the value the phrase list gave it. */
export interface Hit<T> extends Span {
  value: T;
  text: string;
}

/** A text cut into word pieces once, for every phrase index to read. */
export interface Pieces {
  text: string;
  starts: number[];
  ends: number[];
  /** Apostrophes unified to `'`. */
  cased: string[];
  lower: string[];
}

/** Runs of letters and digits, or single other characters; whitespace separates and is dropped. */
const PIECE = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

const unifyApostrophe = (piece: string) => (piece === '’' || piece === 'ʼ' ? "'" : piece);

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

/** Letters and digits (and combining marks) form runs; an ASCII fast path avoids a regex per character. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i]!);
}

const isUpperOrNonAscii = (c: number) => (c >= 65 && c <= 90) || c >= 128;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

/** Cuts a text into pieces: runs of letters and digits, and single other characters. */
export function cutPieces(text: string): Pieces {
  const out: Pieces = { text, starts: [], ends: [], cased: [], lower: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    // Lower-casing is skipped for pieces with no upper-case ASCII letter and no non-ASCII character.
    let plain = !isUpperOrNonAscii(text.charCodeAt(i));
    if (isWordChar(text, i))
      for (; j < n && isWordChar(text, j); j++) plain &&= !isUpperOrNonAscii(text.charCodeAt(j));
    else if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && j < n) j++; // keep surrogate pairs whole
    const c = unifyApostrophe(text.slice(i, j));
    out.starts.push(i);
    out.ends.push(j);
    out.cased.push(c);
    out.lower.push(plain ? c : c.toLowerCase());
    i = j;
  }
  return out;
}

/** Index of the first piece that ends after `offset`. */
export function pieceAt(p: Pieces, offset: number): number {
  let lo = 0;
  let hi = p.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Node {
  next: Map<string, Node>;
  /** Channels whose phrase ends here, and the values they gave it. */
  channels?: number[];
  values?: unknown[];
}

export type PhraseLists<M> = { [K in keyof M]: Iterable<readonly [string, M[K]]> };
export type PhraseHits<M> = { [K in keyof M]: Hit<M[K]>[] };
export type PhraseIndex<M> = (pieces: Pieces, within: Span) => PhraseHits<M>;

/**
 * Compiles several phrase lists (channels) into one trie of word pieces and returns a finder that reports, per
 * channel and left to right, the longest phrase starting at each piece. Whole words only ("Russia" never
 * matches inside "Russian"); any run of spaces matches any other; apostrophes match any apostrophe; within a
 * channel the first value listed for a phrase wins. One walk per piece serves every channel, so the cost is
 * linear in the text times the longest phrase, however many phrases and channels there are.
 * Names want `caseSensitive` ("US" is not "us").
 */
export function phraseIndex<M extends Record<string, unknown>>(lists: PhraseLists<M>, options: { caseSensitive?: boolean } = {}): PhraseIndex<M> {
  const keepCase = options.caseSensitive ?? false;
  const root: Node = { next: new Map() };
  const names = Object.keys(lists) as (keyof M & string)[];
  names.forEach((channel, c) => {
    for (const [phrase, value] of lists[channel]) {
      const pieces = phrase.match(PIECE);
      if (!pieces) continue;
      let node = root;
      for (const piece of pieces) {
        const k = keepCase ? unifyApostrophe(piece) : unifyApostrophe(piece).toLowerCase();
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map() }));
        node = child;
      }
      node.channels ??= [];
      node.values ??= [];
      if (!node.channels.includes(c)) {
        node.channels.push(c);
        node.values.push(value);
      }
    }
  });
  const n = names.length;
  const firsts = firstPieceFilter(root.next.keys());
  return (p, within) => {
    const keys = keepCase ? p.cased : p.lower;
    const out: Hit<unknown>[][] = names.map(() => []);
    const free = new Array<number>(n).fill(0); // per channel: the first piece after its last hit
    const bestEnd = new Array<number>(n);
    const bestValue = new Array<unknown>(n);
    let i = pieceAt(p, within.start);
    while (i < keys.length && p.starts[i]! < within.start) i++;
    const last = pieceAt(p, within.end);
    for (; i < last; i++) {
      const key = keys[i]!;
      if (!firsts(key)) continue;
      let node = root.next.get(key);
      if (!node) continue;
      bestEnd.fill(-1);
      for (let j = i; ; ) {
        const chans = node.channels;
        if (chans)
          for (let k = 0; k < chans.length; k++) {
            const c = chans[k]!;
            if (free[c]! <= i) {
              bestEnd[c] = j;
              bestValue[c] = node.values![k];
            }
          }
        if (++j >= last) break;
        const child: Node | undefined = node.next.get(keys[j]!);
        if (!child) break;
        node = child;
      }
      for (let c = 0; c < n; c++) {
        const j = bestEnd[c]!;
        if (j < 0) continue;
        const start = p.starts[i]!;
        const end = p.ends[j]!;
        out[c]!.push({ start, end, value: bestValue[c], text: p.text.slice(start, end) });
        free[c] = j + 1;
      }
    }
    return Object.fromEntries(names.map((name, c) => [name, out[c]])) as PhraseHits<M>;
  };
}

/**
 * A test that rejects most pieces no phrase starts with before the trie's map is asked: by the first character
 * (ASCII) and the length of the phrases' first pieces. Hashing and looking up every piece of the text was a
 * third of the finder's time; a name list's first pieces are capitalised, so most of a text fails on its
 * first character.
 */
function firstPieceFilter(firstPieces: Iterable<string>): (piece: string) => boolean {
  const lengths = new Uint32Array(128); // per first character: bit k set for a first piece of length k (31: longer)
  for (const f of firstPieces) {
    const c = f.charCodeAt(0);
    if (c < 128) lengths[c]! |= 1 << Math.min(f.length, 31);
  }
  return (piece) => {
    const c = piece.charCodeAt(0);
    return c >= 128 || (lengths[c]! & (1 << Math.min(piece.length, 31))) !== 0;
  };
}

export type PhraseFinder<T> = (pieces: Pieces, within: Span) => Hit<T>[];

/** One phrase list: `phraseIndex` with a single channel. */
export function phraseFinder<T>(entries: Iterable<readonly [string, T]>, options: { caseSensitive?: boolean } = {}): PhraseFinder<T> {
  const index = phraseIndex<{ only: T }>({ only: entries }, options);
  return (pieces, within) => index(pieces, within).only;
}

/** Splits hits sorted by start into one list per span (spans sorted and disjoint), by where each hit starts. */
export function bySpan<T extends Span>(hits: readonly T[], spans: readonly Span[]): T[][] {
  const out: T[][] = spans.map(() => []);
  let s = 0;
  for (const h of hits) {
    while (s < spans.length && spans[s]!.end <= h.start) s++;
    if (s < spans.length && spans[s]!.start <= h.start) out[s]!.push(h);
  }
  return out;
}
