import { B, E, type Parser } from '../candidate.js';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Two spoken digits: "ninety-six" = 96, "oh five" = 5, "twelve" = 12. */
function twoDigits(s: string): number | null {
  const t = s.toLowerCase().trim().split(/[\s-]+/);
  if (t[0] === 'oh' && t.length === 2) return UNITS.indexOf(t[1]!) > 0 ? UNITS.indexOf(t[1]!) : null;
  if (t.length === 1 && TEENS.includes(t[0]!)) return 10 + TEENS.indexOf(t[0]!);
  const tens = TENS.indexOf(t[0]!);
  if (tens < 2) return null;
  if (t.length === 1) return tens * 10;
  const unit = UNITS.indexOf(t[1]!);
  return t.length === 2 && unit > 0 ? tens * 10 + unit : null;
}

/**
 * Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand",
 * "two thousand and one".
 */
export function spokenYearParser(): Parser {
  const tens = TENS.filter(Boolean).join('|');
  const two = `(?:(?:${tens})(?:[\\s-]+(?:${UNITS.filter(Boolean).join('|')}))?|${TEENS.join('|')}|oh\\s+(?:${UNITS.filter(Boolean).join('|')}))`;
  return {
    name: 'spoken-year',
    trigger: /\b(?:nineteen|eighteen|two\s+thousand)\b/gi,
    pattern: new RegExp(`${B}(?:the\\s+year\\s+)?(?:(nineteen|eighteen)\\s+(${two})|two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS.filter(Boolean).join('|')}|${TEENS.join('|')}))?)${E}`, 'giu'),
    extract(m, ctx) {
      // "two thousand years", "nineteen ninety people": a count, unless "the year" comes first.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!/^the\s+year/i.test(m[0]) && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:and|or|to|when|as|in|on|at|by|for|from|with|after|before|until|since|the)\b/i.test(after)) return null;
      let year: number | null;
      if (m[1]) {
        const rest = twoDigits(m[2]!);
        year = rest === null ? null : (m[1].toLowerCase() === 'nineteen' ? 1900 : 1800) + rest;
      } else {
        year = 2000 + (m[3] ? twoDigits(m[3]) ?? UNITS.indexOf(m[3].toLowerCase()) : 0);
      }
      if (year === null) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(year), rule: 'timex/spoken-year', basis: 'stated' };
    },
  };
}
