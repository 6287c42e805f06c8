import { isoWeekday } from '../../../core/dates.js';
import { B, E, trigger, type Parser } from '../candidate.js';
import { resolveSeason, shiftFrom, type Granularity } from '../anchor.js';
import { duration } from '../quantity.js';
import type { TimeWords } from '../words.js';
import { extend } from '../../../core/extend.js';

const SHIFT: Record<string, -1 | 0 | 1> = {
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  following: 1,
  'this coming': 1,
  last: -1,
  past: -1,
  previous: -1,
  'this past': -1,
};
const GRANULARITY: Record<string, Granularity> = {
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'decade',
  century: 'century',
};
/** One period as a TimeML duration: quarters are written in months, decades and centuries in years. */
const ONE: Record<string, [number, string]> = { week: [1, 'W'], month: [1, 'M'], quarter: [3, 'M'], year: [1, 'Y'], decade: [10, 'Y'], century: [100, 'Y'] };

/**
 * Periods named from the publication day: "this week", "next week", "last month", "earlier this year",
 * "this weekend", "this coming weekend", "last summer", "this century", "the past year" (the previous
 * year, as TimeBank reads it). "the next month" is a duration (P1M); "the previous week" and "the
 * following month" are anaphoric.
 */
export function relativePeriodParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(earlier|later)\\s+)?(?:(the)\\s+)?(this past|this coming|this|next|last|past|previous|coming|current|following)\\s+(week|weekend|month|quarter|year|decade|century|${w.alt.season})${E}`,
    'giu',
  );
  return {
    name: 'relative-period',
    trigger: trigger(`week|weekend|month|quarter|year|decade|century|${w.alt.season}`),
    pattern,
    extract(m, ctx) {
      const [, , the, which, unitWord] = m;
      const key = which!.toLowerCase();
      const unit = unitWord!.toLowerCase();
      const shift = SHIFT[key]!;
      const base = { start: m.index, end: m.index + m[0].length, basis: 'inferred' as const };
      const season = w.season.get(unit);
      if (the && (key === 'previous' || key === 'following')) {
        const g = GRANULARITY[unit];
        if (!g || g === 'quarter' || g === 'decade' || g === 'century') return null;
        return extend(base, { type: 'DATE', value: shiftFrom(ctx.dct, g, shift), rule: 'timex/anaphoric-period', anaphor: { unit: g, shift } });
      }
      if (the && /^(?:next|coming)$/.test(key) && !season && unit !== 'weekend') {
        const [n, code] = ONE[unit]!;
        return extend(base, { type: 'DURATION', value: duration(n, code), rule: 'timex/period-duration' });
      }
      let value: string;
      if (season) value = resolveSeason(ctx.dct, season, shift, 'nearest');
      else if (unit === 'weekend') value = weekend(ctx.dct, key);
      else value = shiftFrom(ctx.dct, GRANULARITY[unit]!, shift);
      return extend(base, { type: 'DATE', value, rule: 'timex/relative-period' });
    },
  };
}

/** TimeML weekend of the week a phrase points to: `2025-W50-WE`. */
function weekend(dct: string, key: string): string {
  const day = isoWeekday(dct);
  let shift: number;
  if (key === 'this' || key === 'current') shift = 0;
  else if (key === 'this coming' || key === 'coming') shift = day === 7 ? 1 : 0;
  else if (key === 'this past') shift = day >= 6 ? 0 : -1;
  else shift = SHIFT[key] ?? 0;
  return `${shiftFrom(dct, 'week', shift)}-WE`;
}

/** "the weekend", "over the weekend", "at the weekend": the last weekend in past tense, else the coming one. */
export function weekendParser(): Parser {
  return {
    name: 'weekend',
    pattern: new RegExp(`${B}(?:the\\s+)weekend${E}`, 'giu'),
    extract(m, ctx) {
      const day = isoWeekday(ctx.dct);
      const tense = ctx.tenseAt(m.index, m.index + m[0].length);
      const ahead = tense === 'future' || tense === 'future-past';
      const shift = ahead ? (day === 7 ? 1 : 0) : day >= 6 ? 0 : -1;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DATE',
        value: `${shiftFrom(ctx.dct, 'week', shift)}-WE`,
        rule: `timex/weekend-${ahead ? 'future' : 'past'}`,
        basis: 'inferred',
      };
    },
  };
}

const EDGE_MOD: Record<string, string> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID' };

/** "the end of the year", "the beginning of the month", "year-end": the current period with a mod. */
export function periodEdgeParser(): Parser {
  return {
    name: 'period-edge',
    trigger: /\b(?:end|close|beginning|start|middle)\s+of\s+the\b|\byear['’\s-]/gi,
    pattern: new RegExp(`${B}(?:(?:the\\s+)?(end|close|beginning|start|middle)\\s+of\\s+the\\s+(week|month|year|decade)|(?:the\\s+)?(year)[-\\s]end|(year)['’]s\\s+end)${E}`, 'giu'),
    extract(m, ctx) {
      const unit = (m[2] ?? m[3] ?? m[4]!).toLowerCase();
      // "year-end" is a day in TimeML: 31 December.
      const yearEnd = !m[1];
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DATE',
        value: yearEnd ? `${ctx.dct.slice(0, 4)}-12-31` : shiftFrom(ctx.dct, GRANULARITY[unit]!, 0),
        mod: m[1] ? EDGE_MOD[m[1].toLowerCase()] : 'END',
        rule: 'timex/period-edge',
        basis: 'inferred',
      };
    },
  };
}

/**
 * The year under report: "the full year", "the current fiscal year", "for the year", "earlier in the year"
 * are the publication year; "the year ended June 30" is a duration (P1Y).
 */
export function reportYearParser(): Parser {
  return {
    name: 'report-year',
    pattern: new RegExp(
      `${B}(?:(?:earlier|later)\\s+in\\s+the\\s+year|the\\s+(?:(full|current|fiscal|calendar|current\\s+fiscal)\\s+)?year)${E}(?!['’-])`,
      'giu',
    ),
    extract(m, ctx) {
      const end = m.index + m[0].length;
      const after = ctx.text.slice(end, end + 12);
      const base = { start: m.index, end, basis: 'inferred' as const };
      if (/^\s+(?:ended|ending|to)\b/i.test(after)) return extend(base, { type: 'DURATION', value: 'P1Y', rule: 'timex/report-year' });
      const bare = /^the\s+year$/i.test(m[0]);
      // A bare "the year" is the current one only after "for" ("for the year"); elsewhere it is too loose.
      if (bare && !/\bfor\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      if (bare && /^\s+(?:before|after|since|of)\b/i.test(after)) return null;
      return extend(base, { type: 'DATE', value: ctx.dct.slice(0, 4), rule: 'timex/report-year' });
    },
  };
}
