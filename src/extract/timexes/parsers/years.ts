import { B, E, type Parser } from '../candidate.js';
import type { TimeWords } from '../words.js';

/**
 * Years written in digits: "2014", "fiscal 1989", "the year 2000", "2025's". A four-digit number is not a
 * year when it is part of a bigger number, an amount ("$2014", "2014 troops") or a range ("2025-26").
 */
export function yearParser(w: TimeWords): Parser {
  const counted = new Set(w.raw.year_blockers.map((s) => s.toLowerCase()));
  const pattern = new RegExp(
    `${B}(?<![$€£¥#]|[\\d,.]|No\\.\\s)(?:(?:fiscal|FY|calendar|the year)\\s*)?((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}%]|[.,:/]\\d|\\s*-\\s*\\d|\\s*(?:percent|per cent)\\b)`,
    'giu',
  );
  return {
    name: 'year',
    pattern,
    extract(m, ctx) {
      const next = /^\s+([\p{L}]+)/u.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      if (next && counted.has(next[1]!.toLowerCase())) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: m[1]!, rule: 'timex/year', basis: 'stated' };
    },
  };
}

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/**
 * Decades: "the 1990s", "the '80s", "1980s", "the nineties" (TimeML writes the first three digits: 199).
 * Two-digit and spelled decades are taken as the 1900s.
 */
export function decadeParser(): Parser {
  return {
    name: 'decade',
    trigger: /\d0['’]?s\b|ties\b/gi,
    pattern: new RegExp(
      `${B}(?:the\\s+)?(?:(?:((?:1[89]|20)\\d)0|['’](\\d)0)['’]?s(?![\\p{L}\\p{N}])|(?<=the\\s+(?:early\\s+|mid-?|late\\s+)?)(${DECADE_WORDS.join('|')})${E})`,
      'giu',
    ),
    extract(m) {
      const value = m[1] ?? `19${m[2] ?? DECADE_WORDS.indexOf(m[3]!.toLowerCase()) + 2}`;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, rule: 'timex/decade', basis: m[1] ? 'stated' : 'inferred' };
    },
  };
}

/** Centuries: "the 20th century" (TimeML: 19). */
export function centuryParser(): Parser {
  return {
    name: 'century',
    trigger: /century/gi,
    pattern: new RegExp(`${B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century(?![\\p{L}\\p{N}])`, 'giu'),
    extract(m) {
      const value = String(+m[1]! - 1).padStart(2, '0');
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, rule: 'timex/century', basis: 'stated' };
    },
  };
}
