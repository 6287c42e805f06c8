import { addMonths, addQuarters } from '../../../core/dates.js';
import type { Candidate, Refiner } from '../candidate.js';
import { firstDayOf, granularityOf, shiftFrom, type Granularity } from '../anchor.js';

/** How far back (in characters) an anaphoric expression looks for the date it counts from. */
const REACH = 1200;
const ORDER: Granularity[] = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];

/**
 * Resolves anaphoric expressions in document order: "the same day" takes the last day named before it,
 * "the previous night" the day named earlier in its sentence minus one, "a year earlier" after "the third quarter" the quarter a year
 * before. With nothing to count from, the value from the publication day stays.
 */
export const resolveAnaphora: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!c.anaphor) {
      out.push(c);
      continue;
    }
    const { unit, shift, only, sameSentence } = c.anaphor;
    const accepts = (g: Granularity) =>
      only ? g === only : unit === 'day' || unit === 'quarter' ? g === unit : ORDER.indexOf(g) <= ORDER.indexOf(unit);
    // "The previous night" in news is mostly the night before publication, unless its sentence names a day.
    const sameSentenceOnly = sameSentence || (unit === 'day' && shift !== 0);
    const sentence = ctx.sentenceAt(c.start);
    let ref: Candidate | undefined;
    for (let i = out.length - 1; i >= 0; i--) {
      const p = out[i]!;
      if (c.start - p.end > REACH || (sameSentenceOnly && ctx.sentenceAt(p.start) !== sentence)) break;
      // A date counted from another ("a year earlier") is not itself a reference, or shifts would chain.
      const g = (p.type === 'DATE' || p.type === 'TIME') && !p.anaphor?.shift ? granularityOf(p.value) : null;
      if (!g) continue;
      if (accepts(g)) ref = p;
      // Without a restriction the nearest date is the reference, usable or not.
      if (ref || !only) break;
    }
    out.push(ref ? { ...c, value: shiftValue(ref.value, unit, shift), rule: `${c.rule}/resolved` } : c);
  }
  return out;
};

function shiftValue(value: string, unit: Granularity, shift: number): string {
  const g = granularityOf(value)!;
  // "A year earlier" after a quarter or a month is that quarter or month a year before; "that year" is a year.
  if (unit === 'year' && shift !== 0 && g === 'quarter') return addQuarters(value, shift * 4);
  if (unit === 'year' && shift !== 0 && g === 'month') return addMonths(value, shift * 12);
  if (unit === 'quarter') return addQuarters(value, shift);
  return shiftFrom(firstDayOf(value)!, unit, shift);
}
