import type { Sentence } from '../../core/article.js';

/** A word or punctuation mark of the cleaned text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, dots dropped, apostrophes unified: "U.S." -> "us", "’s" -> "'s". */
  key: string;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S.", "KYIV"). */
  upper: boolean;
  /** No space between this token and the previous one. */
  glued: boolean;
  sentence: number;
  paragraph: number;
}

// Abbreviations with dots (U.S., D.C.), then words that may hold inner dots or apostrophes
// (Strana.ua, O'Brien) or hyphens (son-in-law), then any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-.'’ʼ][\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['’ʼ]s$/i;
const APOSTROPHES = /['’ʼ]/g;

export const tokenKey = (s: string): string => {
  const k = s.toLowerCase();
  return k.includes('.') || k.includes('’') || k.includes('ʼ') ? k.replace(/\./g, '').replace(APOSTROPHES, "'") : k;
};

const WORD_START = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function isUpper(t: string): boolean {
  let letters = 0;
  for (const ch of t) {
    if (!LETTER.test(ch)) continue;
    if (ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/**
 * Splits text into tokens. A possessive "’s" becomes its own token; a hyphenated word splits at its
 * hyphens when a part is capitalised ("Russia-Ukraine", "Interfax-Ukraine"), so names inside compounds
 * are found, and stays whole otherwise ("son-in-law", "four-year").
 */
export function tokenize(text: string, sentences: readonly Sentence[] = []): Token[] {
  const out: Token[] = [];
  let s = 0;
  let prevEnd = -1;
  const push = (start: number, end: number) => {
    while (s < sentences.length - 1 && sentences[s]!.span.end <= start) s++;
    const t = text.slice(start, end);
    const c = t[0]!;
    const word = WORD_START.test(c);
    const cap = word && c !== c.toLowerCase();
    out.push({
      start,
      end,
      text: t,
      key: tokenKey(t),
      word,
      cap,
      upper: cap && t.length >= 2 && isUpper(t),
      glued: start === prevEnd,
      sentence: sentences.length ? s : 0,
      paragraph: sentences.length ? sentences[s]!.paragraph : 0,
    });
    prevEnd = end;
  };
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let w = m[0];
    let poss = 0;
    if (w.length > 2 && POSSESSIVE.test(w)) {
      poss = 2;
      w = w.slice(0, -2);
    }
    if (w.includes('-') && /-\p{Lu}|^\p{Lu}[^-]*-/u.test(w)) {
      let at = start;
      for (const part of w.split('-')) {
        if (at > start) push(at - 1, at);
        push(at, at + part.length);
        at += part.length + 1;
      }
    } else push(start, start + w.length);
    if (poss) push(start + w.length, start + w.length + 2);
  }
  return out;
}
