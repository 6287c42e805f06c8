import { isoWeek } from '../core/dates.js';

export type Period = 'day' | 'week';

/** The period a day falls in: the day itself, or its ISO week ("2025-W50"). */
export const periodOf = (day: string, by: Period): string => (by === 'day' ? day : isoWeek(day));

/** Groups items by the period of their day, in time order. */
export function byPeriod<T extends { date: string }>(items: readonly T[], by: Period): { period: string; items: T[] }[] {
  const out = new Map<string, T[]>();
  for (const it of [...items].sort((a, b) => a.date.localeCompare(b.date))) {
    const p = periodOf(it.date, by);
    out.set(p, [...(out.get(p) ?? []), it]);
  }
  return [...out].map(([period, list]) => ({ period, items: list }));
}
