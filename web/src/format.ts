import { h } from './dom';

/** Dates in the reader's locale. Stored days are calendar days, so they are formatted in UTC (no shifting). */
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });

export const toDate = (day: string): Date => new Date(`${day.slice(0, 10)}T00:00:00Z`);

export function formatDay(day: string | null | undefined): string {
  if (!day) return 'undated';
  if (/^\d{4}-\d{2}-\d{2}/.test(day)) return dayFormat.format(toDate(day));
  if (/^\d{4}-\d{2}$/.test(day)) return monthFormat.format(toDate(`${day}-01`));
  return day;
}

/** A `<time>` element: machine-readable day, human-readable text. */
export const time = (day: string | null | undefined) => (day ? h('time', { datetime: day.slice(0, 10) }, formatDay(day)) : h('span', { class: 'muted' }, 'undated'));

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The first bucket day of an ISO week label like 2025-W50 (its Monday). */
export function weekStart(label: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return label.length === 7 ? `${label}-01` : label;
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7);
  return monday.toISOString().slice(0, 10);
}

export const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
