import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  isoWeek,
  isoWeekday,
  nearestWeekday,
  quarterOf,
  weekdayInWeek,
} from '../../core/dates.js';
import type { Tense } from './tense.js';

/** How fine a TimeML value is: `2025-12-06` day, `2025-W49` week, `2025-12` month, `2025-Q4`, `2025`, `202`, `20`. */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** TimeML duration unit codes mapped to the granularity of a date shifted by that unit. */
export const UNIT_GRANULARITY: Record<string, Granularity> = {
  S: 'day',
  H: 'day',
  D: 'day',
  W: 'week',
  M: 'month',
  Q: 'quarter',
  Y: 'year',
  DE: 'decade',
  CE: 'century',
};

/** The value of the period of `granularity` that contains `day`, shifted by `n` periods. */
export function shiftFrom(day: string, granularity: Granularity, n: number): string {
  const year = +day.slice(0, 4);
  switch (granularity) {
    case 'day':
      return addDays(day, n);
    case 'week':
      return addWeeks(isoWeek(day), n);
    case 'month':
      return addMonths(day.slice(0, 7), n);
    case 'quarter':
      return addQuarters(quarterOf(day), n);
    case 'year':
      return String(year + n).padStart(4, '0');
    case 'decade':
      return String(Math.floor(year / 10) + n);
    case 'century':
      return String(Math.floor(year / 100) + n);
  }
}

/** The granularity of a TimeML date value, or null for reference values (PRESENT_REF) and durations. */
export function granularityOf(value: string): Granularity | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

/** A representative day inside a value (its first day), for shifting anaphoric expressions from it. */
export function firstDayOf(value: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(value))) return m[1]!;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return addWeeksToDay(m[1]!, +m[2]!);
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${m[1]}-${m[2]}-01`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `${m[1]}-${String((+m[2]! - 1) * 3 + 1).padStart(2, '0')}-01`;
  if ((m = /^(\d{4})$/.exec(value))) return `${m[1]}-01-01`;
  return null;
}

const addWeeksToDay = (year: string, week: number): string => {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
};

/** Which way a bare weekday, month or season points: past tense looks back, future forward. */
export type Direction = 'past' | 'future' | 'nearest';

export const directionOf = (tense: Tense | null): Direction =>
  tense === 'future' ? 'future' : tense === 'past' ? 'past' : 'nearest';

/** The closest weekday to the publication day either way (a "future-past" clause); ties look back. */
export function nearestWeekdayEitherWay(dct: string, weekday: number): string {
  const back = nearestWeekday(dct, weekday, 'past');
  const ahead = nearestWeekday(dct, weekday, 'future');
  return Date.parse(ahead) - Date.parse(dct) < Date.parse(dct) - Date.parse(back) ? ahead : back;
}

/**
 * A weekday (1 = Monday) seen from the publication day. The publication day itself when it matches;
 * otherwise the last one before it (past, and by default: news reports what happened) or the next one.
 */
export function resolveWeekday(dct: string, weekday: number, direction: Direction): string {
  return nearestWeekday(dct, weekday, direction === 'future' ? 'future' : 'past');
}

/** "next Sunday" is the Sunday of next week; "last Sunday" the most recent one before today. */
export function resolveWeekdayShift(dct: string, weekday: number, shift: -1 | 0 | 1): string {
  if (shift === 1) return weekdayInWeek(addDays(dct, 7), weekday);
  if (shift === -1) return nearestWeekday(addDays(dct, -1), weekday, 'past');
  return weekdayInWeek(dct, weekday);
}

/** A month (1-12) without a year: the publication month's year, else the last or next one by tense. */
export function resolveMonth(dct: string, month: number, direction: Direction): string {
  const year = +dct.slice(0, 4);
  const current = +dct.slice(5, 7);
  const mm = String(month).padStart(2, '0');
  if (month === current) return `${year}-${mm}`;
  if (direction === 'past') return `${month < current ? year : year - 1}-${mm}`;
  if (direction === 'future') return `${month > current ? year : year + 1}-${mm}`;
  // No tense: the next four months are ahead ("January" seen from late December); further ones are the
  // last one, as news reports the past more than it plans.
  const ahead = (month - current + 12) % 12;
  if (ahead <= 4) return `${month > current ? year : year + 1}-${mm}`;
  return `${month < current ? year : year - 1}-${mm}`;
}

/**
 * A month-day without a year: the closest such day to the publication day; when that is more than two
 * months away the tense chooses ("on May 5" in December: past tense means last May), and without a tense
 * a day more than four months ahead is last year's (news reports the past more than it plans).
 */
export function resolveMonthDay(dct: string, month: number, day: number, direction: Direction): string {
  const year = +dct.slice(0, 4);
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(dct)) / 86_400_000;
  const nearest = [year - 1, year, year + 1].map((y) => `${y}-${mmdd}`).reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const here = dct.slice(5);
  const past = `${mmdd <= here ? year : year - 1}-${mmdd}`;
  const future = `${mmdd >= here ? year : year + 1}-${mmdd}`;
  if (distance(nearest) <= 62) return nearest;
  if (direction === 'nearest') return distance(nearest) <= 120 ? nearest : past;
  return direction === 'past' ? past : future;
}

/** Months of each TimeML season code; winter starts in December. */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** A season code with a year: "this summer" is this year's, "last summer" the last one that ended. */
export function resolveSeason(dct: string, code: string, shift: -1 | 0 | 1 | null, direction: Direction): string {
  const year = +dct.slice(0, 4);
  const month = +dct.slice(5, 7);
  const [from, to] = SEASON_MONTHS[code] ?? [1, 12];
  // The year whose season is current or most recently started.
  const started = month >= from || (code === 'WI' && month <= 2) ? (code === 'WI' && month <= 2 ? year - 1 : year) : year - 1;
  const inSeason = code === 'WI' ? month === 12 || month <= 2 : month >= from && month <= to;
  let y: number;
  if (shift === 0) y = code === 'WI' && month <= 2 ? year - 1 : year;
  else if (shift === -1) y = inSeason ? started - 1 : started;
  else if (shift === 1) y = started + 1;
  else if (direction === 'future') y = inSeason ? started : started + 1;
  else if (direction === 'past') y = started;
  else y = inSeason ? started : month < from ? year : started;
  return `${y}-${code}`;
}
