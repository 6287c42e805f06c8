import type { Candidate, Refiner } from '../candidate.js';
import type { TimeWords } from '../words.js';
import { extend } from '../../../core/extend.js';

/**
 * Pulls a modifier written before a date into its extent and sets TIMEX3 `mod`: "early January" (START),
 * "mid-November" (MID), "the end of next week" (END), "late on Wednesday" (END). The value is unchanged.
 */
export function attachModifiers(w: TimeWords): Refiner {
  const before = new RegExp(`(?:^|[^\\p{L}])(${w.alt.modifier})(?:\\s+on)?(?:\\s*-\\s*|\\s+)$`, 'iu');
  return (candidates, ctx) =>
    candidates.map((c): Candidate => {
      if (c.type !== 'DATE' || c.mod || /_REF$/.test(c.value)) return c;
      const from = Math.max(0, c.start - 30);
      const m = before.exec(ctx.text.slice(from, c.start));
      if (!m) return c;
      const mod = w.modifier.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (!mod) return c;
      return extend(c, { start: from + m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0), mod });
    });
}
