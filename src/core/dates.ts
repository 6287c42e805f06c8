/** Calendar helpers on ISO `YYYY-MM-DD` strings, in UTC so no stage depends on the machine's time zone. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day numbers already worked out: the linker and the taggers ask about the same few hundred days again and again. */
const dayNumbers = new Map<string, number | null>();
const dayNumbersLimit = 100_000;

/** Days since 1970-01-01 of a real calendar day written YYYY-MM-DD, else null (2025-13-45, 2025-02-30). */
export function dayNumber(s: string): number | null {
  let n = dayNumbers.get(s);
  if (n !== undefined) return n;
  const m = ISO_DAY.exec(s);
  n = null;
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!) n = d.getTime() / DAY_MS;
  }
  if (dayNumbers.size >= dayNumbersLimit) dayNumbers.clear();
  dayNumbers.set(s, n);
  return n;
}

const daysByNumber = new Map<number, string>();

/** The YYYY-MM-DD day of a day number. */
export function dayOfNumber(n: number): string {
  let day = daysByNumber.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (daysByNumber.size >= dayNumbersLimit) daysByNumber.clear();
    daysByNumber.set(n, day);
  }
  return day;
}

/** True when `s` is a real calendar day written as YYYY-MM-DD (rejects 2025-13-45, 2025-02-30). */
export const isIsoDay = (s: string): boolean => dayNumber(s) !== null;

function requireDay(s: string): number {
  const n = dayNumber(s);
  if (n === null) throw new Error(`Cannot parse date "${s}" (expected a real day as YYYY-MM-DD)`);
  return n;
}

export const parseIsoDay = (s: string): Date => new Date(requireDay(s) * DAY_MS);

export const toIsoDay = (d: Date): string => d.toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => dayOfNumber(requireDay(day) + n);

/** Day of week with Monday = 1 ... Sunday = 7 (ISO 8601). */
// 1970-01-01, day number 0, was a Thursday.
export const isoWeekday = (day: string): number => ((((requireDay(day) + 3) % 7) + 7) % 7) + 1;

/** ISO week label such as `2025-W50` for a day. */
export function isoWeek(day: string): string {
  const d = parseIsoDay(day);
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 4 - isoWeekday(day));
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Difference in whole days, b - a. */
export const daysBetween = (a: string, b: string): number => requireDay(b) - requireDay(a);

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `2025-12` plus `n` months: addMonths('2025-12', 1) === '2026-01'. */
export function addMonths(yearMonth: string, n: number): string {
  const m = YEAR_MONTH.exec(yearMonth);
  if (!m) throw new Error(`Cannot parse month "${yearMonth}" (expected YYYY-MM)`);
  const index = +m[1]! * 12 + (+m[2]! - 1) + n;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/** The Monday that starts an ISO week: weekMonday('2025-W50') === '2025-12-08'. */
export function weekMonday(week: string): string {
  const m = ISO_WEEK.exec(week);
  if (!m) throw new Error(`Cannot parse week "${week}" (expected YYYY-Www)`);
  // January 4th is always in week 1.
  const jan4 = `${m[1]}-01-04`;
  return addDays(jan4, (+m[2]! - 1) * 7 - (isoWeekday(jan4) - 1));
}

/** An ISO week plus `n` weeks: addWeeks('2025-W52', 1) === '2026-W01'. */
export const addWeeks = (week: string, n: number): string => isoWeek(addDays(weekMonday(week), n * 7));

/** The quarter a day falls in: quarterOf('2025-12-07') === '2025-Q4'. */
export const quarterOf = (day: string): string => `${day.slice(0, 4)}-Q${Math.floor((+day.slice(5, 7) - 1) / 3) + 1}`;

/** A quarter plus `n` quarters: addQuarters('2025-Q4', 1) === '2026-Q1'. */
export function addQuarters(quarter: string, n: number): string {
  const m = QUARTER.exec(quarter);
  if (!m) throw new Error(`Cannot parse quarter "${quarter}" (expected YYYY-Qn)`);
  const index = +m[1]! * 4 + (+m[2]! - 1) + n;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

/** The day of the `n`th given ISO weekday (1 = Monday) of a month: Thanksgiving 2025 is nthWeekday(2025, 11, 4, 4). */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = `${pad(year, 4)}-${pad(month, 2)}-01`;
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
}

/**
 * The closest day with ISO weekday `weekday` (1 = Monday) looking from `day`: `'past'` goes back
 * 1-7 days, `'future'` forward 1-7 days, and the day itself counts when it already has that weekday.
 */
export function nearestWeekday(day: string, weekday: number, direction: 'past' | 'future'): string {
  const diff = weekday - isoWeekday(day);
  if (diff === 0) return day;
  return addDays(day, direction === 'past' ? (diff > 0 ? diff - 7 : diff) : diff < 0 ? diff + 7 : diff);
}

/** The day with ISO weekday `weekday` in the ISO week of `day`. */
export const weekdayInWeek = (day: string, weekday: number): string => addDays(day, weekday - isoWeekday(day));

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
