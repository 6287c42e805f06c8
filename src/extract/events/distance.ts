import type { Span } from '../../core/span.js';

/**
 * Characters between two spans, counting each name between them as one: "the meeting between Steve
 * Witkoff, Jared Kushner and Vladimir Putin on Tuesday" keeps "on Tuesday" close to "meeting".
 * Negative when the spans overlap.
 */
export function distance(a: Span, b: Span, names: readonly Span[]): number {
  const gap = a.end <= b.start ? { start: a.end, end: b.start } : { start: b.end, end: a.start };
  if (gap.end < gap.start) return -1;
  let n = gap.end - gap.start;
  for (const m of names) if (m.start >= gap.start && m.end <= gap.end) n -= m.end - m.start - 1;
  return n;
}
