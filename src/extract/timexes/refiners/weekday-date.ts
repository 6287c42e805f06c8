import type { Candidate, Refiner } from '../candidate.js';

const GAP = /^\s*,?\s*(?:the\s+)?$/i;

/**
 * A weekday written before its date is one timex valued by the date: "Tuesday, December 2",
 * "Friday, January 23, 2026", "Sunday 7 December". The written date wins even when the weekday disagrees.
 */
export const joinWeekdayToDate: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'DATE' &&
      prev.rule.startsWith('timex/weekday') &&
      c.rule.startsWith('timex/chrono') &&
      GAP.test(ctx.text.slice(prev.end, c.start))
    ) {
      out[out.length - 1] = { ...c, start: prev.start, rule: `${c.rule}/weekday` };
      continue;
    }
    out.push(c);
  }
  return out;
};
