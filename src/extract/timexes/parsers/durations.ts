import { B, E, type Parser } from '../candidate.js';
import { duration, parseQuantity, quantitySource } from '../quantity.js';
import type { TimeWords } from '../words.js';

/**
 * Durations: "four years", "nearly four years" (mod APPROX), "the past three years", "the first nine months",
 * "a few days" (PXD), "recent weeks" (PXW), "two-year", "16-hour" (PT16H), "30-plus hours" (MORE_THAN).
 * Ages ("a 45-year-old") are not durations.
 */
export function durationParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(${w.alt.quantityModifier})\\s+)?(?:the\\s+)?(?:(?:first|past|last|next|previous|coming|final|initial|latest|remaining|following)\\s+)?(${quantitySource(w)})(?:\\s*-\\s*|\\s+)(?:(plus|odd)\\s+)?(${w.alt.unit})${E}(?!\\s*-?\\s*old\\b)`,
    'giu',
  );
  return {
    name: 'duration',
    pattern,
    extract(m) {
      const [, qmod, qty, plus, unitWord] = m;
      const n = parseQuantity(qty!, w);
      const unit = w.unit.get(unitWord!.toLowerCase());
      if (n === null || !unit) return null;
      if (n === 'X' && !/s$/i.test(unitWord!)) return null;
      const count = n === 'X' ? n : n * unit.factor;
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
