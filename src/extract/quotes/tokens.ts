import type { Span } from '../../core/span.js';

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

// Words keep inner apostrophes, hyphens, periods and ampersands ("Russia’s", "al-Assad", "U.S", "AT&T"), and the
// apostrophe of a plural possessive ("veterans’"); anything else that is not a space is a one-character token.
const TOKEN = /([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*['’]?)|[^\s\p{L}\p{N}]/gu;
const UPPER = /\p{Lu}/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
// "R-Ky.": a party and state after a lawmaker's name.
const PARTY = /^[RDI]-\p{Lu}[\p{L}.]{0,4}$/u;

/**
 * Splits `text.slice(span)` into tokens. A period stays on an initial or an abbreviation
 * ("J.", "Sen.", "U.S."), so that it is not read as the end of a clause.
 */
export function tokenize(text: string, span: Span, abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = span.start;
  for (let m = TOKEN.exec(text); m && m.index < span.end; m = TOKEN.exec(text)) {
    const start = m.index;
    let t = m[0];
    const word = m[1] !== undefined;
    if (word) {
      const last = t.charCodeAt(t.length - 1);
      // A final apostrophe belongs to the word only after an "s" ("veterans’"); otherwise it is a closing quote.
      if ((last === 39 || last === 0x2019) && t.charCodeAt(t.length - 2) !== 115) {
        t = t.slice(0, -1);
        TOKEN.lastIndex = start + t.length;
      }
    }
    let end = Math.min(start + t.length, span.end);
    if (end - start < t.length) t = t.slice(0, end - start);
    if (word && text.charCodeAt(end) === 46 && end < span.end) {
      const l = t.toLowerCase();
      if ((t.length === 1 && UPPER.test(t)) || abbreviations.has(l) || INITIALS.test(t) || PARTY.test(t)) {
        end++;
        t += '.';
        TOKEN.lastIndex = end;
      }
    }
    const lower = t.toLowerCase();
    out.push({ start, end, text: t, lower, word, cap: word && lower !== t && UPPER.test(t[0]!) });
  }
  return out;
}

/** Is the token capitalised (a name, a title, or a sentence-initial word)? */
export const isCapitalised = (t: Token): boolean => t.cap;
