import { isoWeekday, weekdayInWeek, weekMonday } from '../../../core/dates.js';
import type { Candidate, Refiner } from '../candidate.js';

const WEEK = /^\d{4}-W\d{2}$/;
/** Bare weekdays (their direction came from the clause's tense or a default). */
const BARE = /^timex\/weekday-(?:past|future|future-past|present|default)(?:\/coordinated)?$/;
/** Bare weekdays whose clause gave no past tense. */
const OPEN = /^timex\/weekday-(?:future|future-past|present|default)/;

/**
 * A bare weekday after a named week falls in that week: "Talks will move to Geneva next week ... the talks
 * would take place on Tuesday and Wednesday". The week must be named earlier in the same sentence, or in
 * the sentence before, and the weekday's own clause must not be in the past tense.
 */
export const placeWeekdayInNamedWeek: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type === 'DATE' && BARE.test(c.rule)) {
      const sentence = ctx.sentenceAt(c.start);
      let week: Candidate | undefined;
      for (let i = out.length - 1; i >= 0 && !week; i--) {
        const p = out[i]!;
        const s = ctx.sentenceAt(p.start);
        if (s < sentence - 1 || c.start - p.end > 600) break;
        if (p.type === 'DATE' && WEEK.test(p.value) && OPEN.test(c.rule)) week = p;
      }
      if (week) {
        const value = weekdayInWeek(weekMonday(week.value), isoWeekday(c.value));
        out.push(value === c.value ? c : { ...c, value, rule: `${c.rule}/in-week` });
        continue;
      }
    }
    out.push(c);
  }
  return out;
};
