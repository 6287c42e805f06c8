import { isIsoDay } from '../core/dates.js';

export type ParsedDay = { ok: true; day: string } | { ok: false; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');

/** `2025-12-07`, `2025-12-07T23:30:00-05:00`, `2025-12-07 10:00`, `20251207`. */
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** RFC 822 (RSS pubDate): `Sun, 07 Dec 2025 10:00:00 +0000`, also `7 December 2025`. */
const DMY = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[a-z]{1,5}|[+-]\d{4}))?)?$/i;
/** `December 7, 2025`, `Dec. 7 2025 10:00 AM`. */
const MDY = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{1,5})?)?$/i;

/**
 * The publication day of a date string as written (the outlet's local day: the time and zone are
 * dropped, not converted). Impossible days such as `2025-13-45` are refused with a reason.
 * @example parsePublished('Sun, 07 Dec 2025 23:30:00 -0500') // { ok: true, day: '2025-12-07' }
 */
export function parsePublished(value: string): ParsedDay {
  const s = value.trim();
  if (!s) return { ok: false, reason: 'empty publication date' };
  if (s.length > 80) return { ok: false, reason: `unrecognised publication date "${s.slice(0, 40)}…"` };
  let y: string | undefined;
  let m: number | undefined;
  let d: string | undefined;
  let hit = ISO.exec(s);
  if (hit) [y, m, d] = [hit[1], Number(hit[2]), hit[3]];
  else if ((hit = DMY.exec(s)) && month(hit[2]!)) [y, m, d] = [hit[3], month(hit[2]!), hit[1]];
  else if ((hit = MDY.exec(s)) && month(hit[1]!)) [y, m, d] = [hit[3], month(hit[1]!), hit[2]];
  if (!y || !m || !d) return { ok: false, reason: `unrecognised publication date "${s}" (expected YYYY-MM-DD)` };
  if (y.length === 2) y = `20${y}`;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDay(day) ? { ok: true, day } : { ok: false, reason: `impossible publication date "${s}"` };
}

/** Earliest plausible publication year: older dates are typos or epoch zeros. */
const MIN_YEAR = 1900;

/**
 * Why a (real) publication day cannot be right, if it cannot: before 1900, or after `today` plus
 * one day (time zones). `today` comes from the caller, so readers stay free of the clock.
 */
export function implausibleDay(day: string, today: string | undefined): string | undefined {
  if (Number(day.slice(0, 4)) < MIN_YEAR) return `publication date "${day}" is before ${MIN_YEAR}`;
  if (today && isIsoDay(today)) {
    const limit = new Date(`${today}T00:00:00Z`);
    limit.setUTCDate(limit.getUTCDate() + 1);
    if (day > limit.toISOString().slice(0, 10)) return `publication date "${day}" is in the future (today is ${today})`;
  }
  return undefined;
}
