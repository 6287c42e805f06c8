import type { Candidate, Refiner } from '../candidate.js';

const CLOCK_THEN_DAY = /^\s*(?:,\s*)?(?:on\s+)?$/i;
const DAY_THEN_CLOCK = /^\s*(?:,\s*)?(?:at\s+)?$/i;
const isDay = (c: Candidate) => c.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(c.value);

/**
 * A clock time next to a day becomes one TIME on that day: "10 p.m. Wednesday", "Friday at 3 p.m.".
 * A clock time alone takes the day named last in its sentence, else the publication day.
 */
export const attachClockToDay: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev && c.rule === 'timex/clock' && isDay(prev) && DAY_THEN_CLOCK.test(ctx.text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...c, start: prev.start, value: `${prev.value}${c.value.slice(10)}`, rule: 'timex/clock-day' };
      continue;
    }
    if (prev && prev.rule === 'timex/clock' && isDay(c) && CLOCK_THEN_DAY.test(ctx.text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, end: c.end, value: `${c.value}${prev.value.slice(10)}`, rule: 'timex/clock-day' };
      continue;
    }
    if (c.rule === 'timex/clock') {
      const sentence = ctx.sentenceAt(c.start);
      let day: Candidate | undefined;
      for (let i = out.length - 1; i >= 0 && !day && c.start - out[i]!.end < 400; i--) {
        const p = out[i]!;
        if (ctx.sentenceAt(p.start) !== sentence) break;
        if (isDay(p)) day = p;
      }
      if (day) {
        out.push({ ...c, value: `${day.value}${c.value.slice(10)}`, rule: 'timex/clock-sentence-day' });
        continue;
      }
    }
    out.push(c);
  }
  return out;
};
