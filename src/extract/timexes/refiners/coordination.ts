import type { Candidate, Refiner } from '../candidate.js';

const NOT_A_DAY = /^(?:percent|per|million|billion|thousand|hundred|of)$/;
const JOIN = /^\s*(?:and|&)\s*$/i;

/**
 * One timex for coordinated days, valued by the first: "Tuesday and Wednesday", "February 4 and 5",
 * "14 and 15 December". The other day of the month has no month name, so it is read here. A range
 * ("from Thursday to Saturday") stays two timexes.
 */
export function joinCoordinatedDays(counted: ReadonlySet<string>): Refiner {
  const dayAfter = /^(\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\p{N}%]|[.,]\d)(?:\s+(\p{L}+))?/u;
  const dayBefore = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&)\s*$/u;
  return (candidates, ctx) => {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (
        prev &&
        prev.rule.startsWith('timex/weekday') &&
        c.rule.startsWith('timex/weekday') &&
        prev.type === 'DATE' &&
        c.type === 'DATE' &&
        JOIN.test(ctx.text.slice(prev.end, c.start))
      ) {
        out[out.length - 1] = { ...prev, end: c.end, rule: `${prev.rule}/coordinated` };
        continue;
      }
      if (c.rule === 'timex/chrono-date' && /^\d/.test(ctx.text.slice(c.start, c.end))) {
        // "14 and 15 December": the first day shares the second's month.
        const b = dayBefore.exec(ctx.text.slice(Math.max(0, c.start - 12), c.start));
        if (b && +b[1]! >= 1 && +b[1]! <= 31) {
          out.push({ ...c, start: c.start - b[0].length, value: `${c.value.slice(0, 8)}${b[1]!.padStart(2, '0')}`, rule: `${c.rule}/coordinated` });
          continue;
        }
      }
      if (c.rule === 'timex/chrono-date') {
        const m = dayAfter.exec(ctx.text.slice(c.end, c.end + 40));
        const next = m?.[3]?.toLowerCase();
        if (m && +m[2]! >= 1 && +m[2]! <= 31 && !(next && (counted.has(next) || NOT_A_DAY.test(next)))) {
          out.push({ ...c, end: c.end + m[1]!.length, rule: `${c.rule}/coordinated` });
          continue;
        }
      }
      out.push(c);
    }
    return out;
  };
}
