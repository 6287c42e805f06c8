import type { Candidate, Refiner } from '../candidate.js';

const GAP = /^\s*,?\s*(?:of\s+)?$/i;
const MONTH_OR_SEASON = /^\d{4}-(\d{2}|SP|SU|FA|WI)$/;

/**
 * A month or season followed by a year written another way takes that year: "January nineteen
 * ninety-seven", "the winter of nineteen ninety-four", "July last year".
 */
export const joinFollowingYear: Refiner = (candidates, ctx) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    const m = prev && prev.type === 'DATE' && prev.basis === 'inferred' ? MONTH_OR_SEASON.exec(prev.value) : null;
    if (prev && m && c.type === 'DATE' && /^\d{4}$/.test(c.value) && GAP.test(ctx.text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, end: c.end, value: `${c.value}-${m[1]}`, rule: `${prev.rule}/year`, basis: c.basis };
      continue;
    }
    out.push(c);
  }
  return out;
};
