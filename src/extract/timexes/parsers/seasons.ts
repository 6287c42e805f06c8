import { B, E, trigger, type Parser } from '../candidate.js';
import { directionOf, resolveSeason } from '../anchor.js';
import type { TimeWords } from '../words.js';
import { extend } from '../../../core/extend.js';

/**
 * Seasons without "this/last/next": "the summer of 2025", "winter 2026", "in the spring" (year by tense).
 * "fall" alone is a verb or a noun ("the fall of Kabul"), so it needs a year or "in the".
 */
export function seasonParser(w: TimeWords): Parser {
  return {
    name: 'season',
    trigger: trigger(w.alt.season),
    pattern: new RegExp(`${B}(?:the\\s+)?(${w.alt.season})(?:\\s*,?\\s*(?:of\\s+)?((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}]))?${E}`, 'giu'),
    extract(m, ctx) {
      const [text, word, year] = m;
      const code = w.season.get(word!.toLowerCase());
      if (!code) return null;
      const base = { start: m.index, end: m.index + text.length, type: 'DATE' as const };
      if (year) return extend(base, { value: `${year}-${code}`, rule: 'timex/season-year', basis: 'stated' });
      const after = ctx.text.slice(base.end, base.end + 20);
      // "the winter of nineteen ninety-four": a refiner adds the spoken year.
      const spokenYear = /^\s*,?\s*(?:of\s+)?(?:nineteen|eighteen|two\s+thousand)\b/i.test(after);
      const cue = /\b(?:in|during|over|through|throughout|by|until|since)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index));
      if (!spokenYear && (!/^the\s/i.test(text) || !cue || /^\s+of\b/i.test(after))) return null;
      const value = resolveSeason(ctx.dct, code, null, directionOf(ctx.tenseAt(base.start, base.end)));
      return extend(base, { value, rule: 'timex/season', basis: 'inferred' });
    },
  };
}
