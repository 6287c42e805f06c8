import { B, E, trigger, type Parser } from '../candidate.js';
import { duration, parseQuantity, quantitySource } from '../quantity.js';
import type { TimeWords } from '../words.js';

/**
 * Durations: "four years", "nearly four years" (mod APPROX), "the past three years", "the first nine months",
 * "a few days" (PXD), "recent weeks" (PXW), "two-year", "16-hour" (PT16H), "30-plus hours" (MORE_THAN).
 * Ages ("a 45-year-old") are not durations.
 */
export function durationParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(${w.alt.quantityModifier})\\s+)?(?:the\\s+)?(?:(?:first|past|last|next|previous|coming|final|initial|latest|remaining|following)\\s+)?(${quantitySource(w)})(?:\\s*-\\s*|\\s+)(?:(plus|odd)\\s+)?(${w.alt.unit})(\\s+and\\s+a\\s+half)?${E}(?!\\s*-?\\s*old\\b)`,
    'giu',
  );
  return {
    name: 'duration',
    trigger: trigger(w.alt.unit),
    pattern,
    extract(m, ctx) {
      const [, qmod, qty, plus, unitWord, andHalf] = m;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "a second round" is an ordinal, "three-quarters of", "a quarter of" fractions.
      if (/^an?$/i.test(qty!) && /^second$/i.test(unitWord!) && /^\s+\p{Ll}/u.test(after)) return null;
      if (/^quarters?$/i.test(unitWord!) && /^\s+of\b(?!\s+(?:19|20)\d\d)/i.test(after)) return null;
      // "60 Minutes", "24 Hours of Le Mans": a capitalised unit is part of a name.
      if (/^\p{Lu}/u.test(unitWord!) && !/^\p{Lu}/u.test(qty!)) return null;
      const n = parseQuantity(qty!, w);
      const unit = w.unit.get(unitWord!.toLowerCase());
      if (n === null || !unit) return null;
      if (n === 'X' && !/s$/i.test(unitWord!)) return null;
      const count = n === 'X' ? n : (n + (andHalf ? 0.5 : 0)) * unit.factor;
      const mod = plus ? 'MORE_THAN' : qmod ? w.quantityModifier.get(qmod.toLowerCase().replace(/\s+/g, ' ')) : undefined;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DURATION',
        value: duration(count, unit.code, unit.time),
        ...(mod && { mod }),
        rule: n === 'X' ? 'timex/duration-vague' : 'timex/duration',
        basis: 'stated',
      };
    },
  };
}
