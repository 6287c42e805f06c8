import type { Span } from '../../core/span.js';

/** A word or a punctuation character of a stretch of text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
}

// Words keep inner apostrophes, hyphens, periods and ampersands ("Russia’s", "al-Assad", "U.S", "AT&T").
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

/**
 * Splits `text.slice(span)` into tokens. A period stays on an initial or an abbreviation
 * ("J.", "Sen.", "U.S."), so that it is not read as the end of a clause.
 */
export function tokenize(text: string, span: Span, abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = span.start;
  for (let m = TOKEN.exec(text); m && m.index < span.end; m = TOKEN.exec(text)) {
    let end = Math.min(m.index + m[0].length, span.end);
    let t = text.slice(m.index, end);
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    if (word && text[end] === '.' && end < span.end) {
      const l = t.toLowerCase();
      // "R-Ky.": a party and state abbreviation after a lawmaker's name.
      if (/^\p{Lu}$/u.test(t) || abbreviations.has(l) || /^(?:\p{L}\.)+\p{L}$/u.test(t) || /^[RDI]-\p{Lu}[\p{L}.]{0,4}$/u.test(t)) {
        end++;
        t += '.';
        TOKEN.lastIndex = end;
      }
    }
    out.push({ start: m.index, end, text: t, lower: t.toLowerCase(), word });
  }
  return out;
}

/** Is the token capitalised (a name, a title, or a sentence-initial word)? */
export const isCapitalised = (t: Token): boolean => t.word && /^\p{Lu}/u.test(t.text);
