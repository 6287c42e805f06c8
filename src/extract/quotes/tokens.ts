import type { Span } from '../../core/span.js';
import { lowerCase } from '../../nlp/lower.js';

/** A word or a punctuation character of a stretch of text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const UPPER = /\p{Lu}/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
// "R-Ky.": a party and state after a lawmaker's name.
const PARTY = /^[RDI]-\p{Lu}[\p{L}.]{0,4}$/u;

/**
 * Splits `text.slice(span)` into tokens. Words keep inner apostrophes, hyphens, periods and ampersands ("Russia’s",
 * "al-Assad", "U.S", "AT&T") and the apostrophe of a plural possessive ("veterans’"); anything else that is not
 * a space is a one-character token. A period stays on an initial or an abbreviation ("J.", "Sen.", "U.S."), so
 * that it is not read as the end of a clause.
 */
export function tokenize(text: string, span: Span, abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (let next = nextToken(text, codePointStart(text, span.start)); next && next.start < span.end; next = nextToken(text, next.resume)) {
    const { start, word } = next;
    let t = text.slice(start, next.end);
    if (word) {
      const last = t.charCodeAt(t.length - 1);
      // A final apostrophe belongs to the word only after an "s" ("veterans’"); otherwise it is a closing quote.
      if ((last === 39 || last === 0x2019) && t.charCodeAt(t.length - 2) !== 115) {
        t = t.slice(0, -1);
        next.resume = start + t.length;
      }
    }
    let end = Math.min(start + t.length, span.end);
    if (end - start < t.length) t = t.slice(0, end - start);
    if (word && text.charCodeAt(end) === 46 && end < span.end) {
      const l = lowerCase(t);
      if ((t.length === 1 && UPPER.test(t)) || abbreviations.has(l) || INITIALS.test(t) || PARTY.test(t)) {
        end++;
        t += '.';
        next.resume = end;
      }
    }
    const lower = lowerCase(t);
    out.push({ start, end, text: t, lower, word, cap: word && lower !== t && startsUpper(t) });
  }
  return out;
}

/**
 * The next token at or after `from`, as the regex `([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*['’]?)|[^\s\p{L}\p{N}]`
 * (Unicode mode, code point by code point) would find it; a hand-written scanner because this runs on every
 * character of every article. `resume` is where the search for the one after starts.
 */
function nextToken(text: string, from: number): { start: number; end: number; word: boolean; resume: number } | null {
  const n = text.length;
  for (let i = from; i < n; ) {
    const len = codePointLength(text, i);
    if (isLetterOrDigit(text, i, len)) {
      let j = letterRun(text, i + len);
      while (j + 1 < n && isJoiner(text.charCodeAt(j)) && isLetterOrDigit(text, j + 1, codePointLength(text, j + 1))) j = letterRun(text, j + 1);
      if (j < n && isApostrophe(text.charCodeAt(j))) j++;
      return { start: i, end: j, word: true, resume: j };
    }
    if (!(len === 1 && isSpace(text.charCodeAt(i)))) return { start: i, end: i + len, word: false, resume: i + len };
    i += len;
  }
  return null;
}

/** The first UTF-16 unit is an upper-case letter (ASCII without a regex). */
const startsUpper = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t[0]!);
};

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /\s/u;

/** A span starting inside a surrogate pair starts at its first half (as a Unicode regex's lastIndex does). */
const codePointStart = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  const b = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff ? i - 1 : i;
};

const codePointLength = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
};

function isLetterOrDigit(text: string, i: number, len: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text.slice(i, i + len));
}

/** The end of the run of letters and digits from `i`. */
function letterRun(text: string, i: number): number {
  while (i < text.length) {
    const len = codePointLength(text, i);
    if (!isLetterOrDigit(text, i, len)) break;
    i += len;
  }
  return i;
}

const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isSpace = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));

/** Is the token capitalised (a name, a title, or a sentence-initial word)? */
export const isCapitalised = (t: Token): boolean => t.cap;
