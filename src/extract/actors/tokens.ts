import type { Sentence } from '../../core/article.js';
import { lowerCase } from '../../nlp/lower.js';

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
  /** Starts with a lower-case letter. */
  lower: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S.", "KYIV"). */
  upper: boolean;
  /** No space between this token and the previous one. */
  glued: boolean;
  sentence: number;
  paragraph: number;
}

const APOSTROPHES = /['’ʼ]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Already a key: ASCII with no upper-case letter and no dot (most words), so lower-casing would copy it unchanged. */
function isPlainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128 || c === 46) return false;
  }
  return true;
}

export const tokenKey = (s: string): string => {
  if (isPlainKey(s)) return s;
  const k = lowerCase(s);
  return k.includes('.') || k.includes('’') || k.includes('ʼ') ? k.replace(/\./g, '').replace(APOSTROPHES, "'") : k;
};

/** Letter or digit; the modifier letter apostrophe (ʼ) counts as an apostrophe, not a letter. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0x2bc || (c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xab || c === 0xbb) return false;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]!);
}
const charLength = (text: string, i: number) => (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1);
/** Characters that may join two word parts: hyphen, dot, apostrophes. */
const isJoiner = (c: number) => c === 45 || c === 46 || c === 39 || c === 0x2019 || c === 0x2bc;
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;

/** Whether a first character changes when lower-cased (upper case) or upper-cased (lower case); ASCII without a case mapping call. */
const startsUpper = (c: string): boolean => (c.charCodeAt(0) < 128 ? c >= 'A' && c <= 'Z' : c !== c.toLowerCase());
const startsLower = (c: string): boolean => (c.charCodeAt(0) < 128 ? c >= 'a' && c <= 'z' : c !== c.toUpperCase());

function isUpper(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; ) {
    const c = t.charCodeAt(i);
    // ASCII without a regex per character; other code points ask the Unicode letter class.
    if (c < 128) {
      i++;
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const ch = String.fromCodePoint(t.codePointAt(i)!);
    i += ch.length;
    if (!LETTER.test(ch)) continue;
    if (ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/**
 * Splits text into tokens: words (which may hold inner dots, apostrophes and hyphens: "Strana.ua",
 * "O'Brien", "son-in-law"), dotted abbreviations ("U.S.", "D.C."), and single other characters.
 * A possessive "’s" becomes its own token; a hyphenated word splits at its hyphens when a part is
 * capitalised ("Russia-Ukraine", "Interfax-Ukraine"), so names inside compounds are found.
 * A hand-written scanner: this runs on every article and must stay linear and fast.
 */
export function tokenize(text: string, sentences: readonly Sentence[] = []): Token[] {
  const out: Token[] = [];
  let s = 0;
  let prevEnd = -1;
  const push = (start: number, end: number) => {
    while (s < sentences.length - 1 && sentences[s]!.span.end <= start) s++;
    const t = text.slice(start, end);
    const word = isWordChar(text, start);
    const c = t[0]!;
    const cap = word && startsUpper(c);
    out.push({
      start,
      end,
      text: t,
      key: word || t.length > 1 ? tokenKey(t) : t,
      word,
      cap,
      lower: word && startsLower(c),
      upper: cap && t.length >= 2 && isUpper(t),
      glued: start === prevEnd,
      sentence: sentences.length ? s : 0,
      paragraph: sentences.length ? sentences[s]!.paragraph : 0,
    });
    prevEnd = end;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(text, i)) {
      const len = charLength(text, i);
      push(i, i + len);
      i += len;
      continue;
    }
    const start = i;
    let j = i + charLength(text, i);
    let singleSegments = j - i === 1;
    let dots = 0;
    for (;;) {
      while (j < n && isWordChar(text, j)) {
        j += charLength(text, j);
      }
      if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordChar(text, j + 1)) {
        if (text.charCodeAt(j) === 46) dots++;
        const segStart = j + 1;
        j = segStart + charLength(text, segStart);
        while (j < n && isWordChar(text, j)) j += charLength(text, j);
        if (j - segStart !== 1) singleSegments = false;
        j = segStart;
        continue;
      }
      break;
    }
    // "U.S." keeps its final dot: every part one letter, joined by dots.
    if (dots > 0 && singleSegments && text.charCodeAt(j) === 46 && !/[-'’ʼ]/.test(text.slice(start, j))) j++;
    let end = j;
    let poss = 0;
    if (end - start > 2 && isApostrophe(text.charCodeAt(end - 2)) && (text[end - 1] === 's' || text[end - 1] === 'S')) {
      poss = 2;
      end -= 2;
    }
    const w = text.slice(start, end);
    if (w.includes('-') && /-\p{Lu}|^\p{Lu}[^-]*-/u.test(w)) {
      let at = start;
      for (const part of w.split('-')) {
        if (at > start) push(at - 1, at);
        push(at, at + part.length);
        at += part.length + 1;
      }
    } else push(start, end);
    if (poss) push(end, end + 2);
    i = j;
  }
  return out;
}
