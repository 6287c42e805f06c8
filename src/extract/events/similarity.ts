import { daysBetween, isIsoDay, isoWeek, quarterOf } from '../../core/dates.js';

/** What two event reports must share to be the same real-world event. */
export interface EventShape {
  type: string;
  date: string | null;
  /** A coarser date ("2026-01", "2025-W51") when there is no day. */
  period?: string | null;
  place: string | null;
  participantKeys: string[];
  /** Who acts (proposes, attacks, travels), when the text says so before the trigger. */
  agentKey?: string | null;
}

export interface SameEventOptions {
  /** Largest gap in days between two stated dates (0 within an article; outlets may disagree by a day). */
  dateWindow: number;
  /** True when one place lies inside the other (from the profile's place tree). */
  within: (inner: string, outer: string) => boolean;
  /** True for people: a shared person is stronger evidence than a shared government. */
  isPerson: (key: string) => boolean;
}

/** Types whose reports must share their agent: two plans from two sides are two proposals. */
const AGENTIVE = new Set(['proposal', 'attack']);
/** The least affinity for two reports to be one event. */
export const SAME_EVENT = 1;

/**
 * True when nothing rules out that two reports tell of one event: same type, dates within the window
 * (or one undated), nesting places (or one unplaced), and for proposals, attacks and visits the same agent.
 */
export function compatible(a: EventShape, b: EventShape, o: SameEventOptions): boolean {
  if (a.type !== b.type) return false;
  if (a.date && b.date && !(isIsoDay(a.date) && isIsoDay(b.date) && Math.abs(daysBetween(a.date, b.date)) <= o.dateWindow)) return false;
  if (!periodsFit(a, b) || !periodsFit(b, a)) return false;
  if (a.place && b.place && !o.within(a.place, b.place) && !o.within(b.place, a.place)) return false;
  if (AGENTIVE.has(a.type) && a.agentKey && b.agentKey && a.agentKey !== b.agentKey) return false;
  return true;
}

/** A day must fall in the other report's period ("the discussions on Wednesday" are not "talks in January"). */
function periodsFit(a: EventShape, b: EventShape): boolean {
  if (!a.period) return true;
  if (b.date) return within(a.period, b.date);
  if (b.period) return a.period.startsWith(b.period) || b.period.startsWith(a.period);
  return true;
}

/** True when a TimeML period (year, month, quarter, week, weekend) contains a day. */
export function within(period: string, day: string): boolean {
  if (!isIsoDay(day)) return false;
  if (/^\d{4}(?:-\d{2})?$/.test(period)) return day.startsWith(period);
  if (/^\d{4}-Q[1-4]$/.test(period)) return quarterOf(day) === period;
  if (/^\d{4}-W\d{2}/.test(period)) return isoWeek(day) === period.slice(0, 8);
  return true;
}

/**
 * How strongly two compatible reports look like one event: the same stated date (3) or one within the window (2), the same or nesting
 * place (2), each shared person (1), each shared organisation or government (0.5). Sharing one government
 * is not enough on its own: most reports of these talks name Ukraine. Two reports are one event at
 * `SAME_EVENT` or more.
 */
export function affinity(a: EventShape, b: EventShape, o: SameEventOptions): number {
  let score = 0;
  if (a.date && a.date === b.date) score += 3;
  else if (a.date && b.date && Math.abs(daysBetween(a.date, b.date)) <= o.dateWindow) score += 2;
  if (a.place && b.place) score += 2;
  for (const k of a.participantKeys) if (b.participantKeys.includes(k)) score += shareWeight(k, o);
  return score;
}

/** What one shared participant adds to the affinity: a person 1, an organisation or government 0.5. */
export const shareWeight = (key: string, o: SameEventOptions): number => (o.isPerson(key) ? 1 : 0.5);

/** Compatible and close enough: `compatible(a, b) && affinity(a, b) >= SAME_EVENT`. */
export const sameEvent = (a: EventShape, b: EventShape, o: SameEventOptions): boolean =>
  compatible(a, b, o) && affinity(a, b, o) >= SAME_EVENT;
