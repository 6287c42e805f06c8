import { addQuarters, quarterOf } from '../../../core/dates.js';
import { B, E, type Parser } from '../candidate.js';
import { extend } from '../../../core/extend.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const YEAR_SHIFT: Record<string, number> = { "this year's": 0, "last year's": -1, "next year's": 1 };

/**
 * Quarters and halves: "the third quarter", "third-quarter", "Q3 2025", "the fourth quarter of 1989",
 * "the first half of 2026" (2026-H1). Without a year, a quarter later than the current one is last
 * year's when the clause is in the past tense.
 */
export function quarterParser(): Parser {
  const year = '((?:19|20)\\d{2})';
  const pattern = new RegExp(
    `${B}(?:(this year['’]s|last year['’]s|next year['’]s)\\s+|${year}\\s+)?(?:(?:fiscal|calendar)\\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)(?:\\s+fiscal)?[\\s-]+(quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?${year})?${E}|${B}Q([1-4])(?:\\s+${year})?${E}|${B}${year}\\s*Q([1-4])${E}`,
    'giu',
  );
  return {
    name: 'quarter',
    trigger: /quarter|\bhalf\b|Q[1-4]\b/gi,
    pattern,
    extract(m, ctx) {
      const [, relYear, yearBefore, ordinal, kind, yearAfter, qShort, yearShort, yearQ, qAfterYear] = m;
      const isHalf = kind?.toLowerCase() === 'half';
      const o = ordinal?.toLowerCase();
      if (o === 'last' && !isHalf) return null;
      const n = o === 'last' ? 2 : o ? ORDINAL[o]! : +(qShort ?? qAfterYear)!;
      const stated = yearBefore ?? yearAfter ?? yearShort ?? yearQ;
      const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const };
      if (isHalf) {
        if (n > 2) return null;
        const y = stated ?? String(+ctx.dct.slice(0, 4) + (relYear ? YEAR_SHIFT[relYear.toLowerCase().replace('’', "'")] ?? 0 : 0));
        return extend(base, { value: `${y}-H${n}`, rule: 'timex/half', basis: stated ? 'stated' : 'inferred' });
      }
      if (stated) return extend(base, { value: `${stated}-Q${n}`, rule: 'timex/quarter', basis: 'stated' });
      let y = +ctx.dct.slice(0, 4) + (relYear ? YEAR_SHIFT[relYear.toLowerCase().replace('’', "'")] ?? 0 : 0);
      const current = quarterOf(ctx.dct);
      if (!relYear && `${y}-Q${n}` > current && ctx.tenseAt(base.start, base.end) === 'past') y -= 1;
      return extend(base, { value: `${y}-Q${n}`, rule: 'timex/quarter', basis: 'inferred' });
    },
  };
}

/**
 * "the quarter", "the year-earlier quarter": the quarter last named in the text (anaphoric), else the last
 * complete quarter before publication. "the latest quarter" is that last complete quarter.
 */
export function quarterAnaphorParser(): Parser {
  return {
    name: 'quarter-anaphor',
    trigger: /\b(?:quarter|period)\b/gi,
    pattern: new RegExp(`${B}the\\s+(?:(latest|most recent|current|same|year-earlier|year-ago|comparable|comparable year-ago|year-before)\\s+)?(?:quarter|period)${E}`, 'giu'),
    extract(m, ctx) {
      const which = m[1]?.toLowerCase();
      if (!which && /period$/i.test(m[0])) return null;
      const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const, basis: 'inferred' as const };
      const current = quarterOf(ctx.dct);
      if (which === 'current') return extend(base, { value: current, rule: 'timex/quarter-current' });
      if (which === 'latest' || which === 'most recent') return extend(base, { value: addQuarters(current, -1), rule: 'timex/quarter-latest' });
      const shift = which && /year|comparable/.test(which) ? -4 : 0;
      return extend(base, {
        value: addQuarters(current, -1 + shift),
        rule: 'timex/quarter-anaphoric',
        // "the quarter" in results news is the quarter just reported, unless its sentence names another.
        anaphor: { unit: 'quarter', shift, ...(shift === 0 && { sameSentence: true }) },
      });
    },
  };
}
