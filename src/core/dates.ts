/** Calendar helpers on ISO `YYYY-MM-DD` strings, in UTC so no stage depends on the machine's time zone. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written as YYYY-MM-DD (rejects 2025-13-45, 2025-02-30). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function parseIsoDay(s: string): Date {
  if (!isIsoDay(s)) throw new Error(`Cannot parse date "${s}" (expected a real day as YYYY-MM-DD)`);
  return new Date(`${s}T00:00:00Z`);
}

export const toIsoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = parseIsoDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toIsoDay(d);
}

/** Day of week with Monday = 1 ... Sunday = 7 (ISO 8601). */
export const isoWeekday = (day: string): number => ((parseIsoDay(day).getUTCDay() + 6) % 7) + 1;

/** ISO week label such as `2025-W50` for a day. */
export function isoWeek(day: string): string {
  const d = parseIsoDay(day);
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 4 - isoWeekday(day));
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Difference in whole days, b - a. */
export const daysBetween = (a: string, b: string): number =>
  Math.round((parseIsoDay(b).getTime() - parseIsoDay(a).getTime()) / 86_400_000);
