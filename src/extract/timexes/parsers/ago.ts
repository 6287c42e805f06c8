import { B, E, type Parser } from '../candidate.js';
import { shiftFrom, UNIT_GRANULARITY } from '../anchor.js';
import { parseQuantity, quantitySource } from '../quantity.js';
import type { TimeWords } from '../words.js';
import { extend } from '../../../core/extend.js';

/** "year-earlier", "year-ago" as adjectives ("year-earlier profit"): a year before the last date named. */
export function yearEarlierParser(): Parser {
  return {
    name: 'year-earlier',
    pattern: new RegExp(`${B}year-(?:earlier|ago)${E}`, 'giu'),
    extract(m, ctx) {
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DATE',
        value: shiftFrom(ctx.dct, 'year', -1),
        rule: 'timex/anaphoric-shift',
        basis: 'inferred',
        anaphor: { unit: 'year', shift: -1 },
      };
    },
  };
}

/**
 * Times counted from now: "four years ago" (2022 in 2026), "two weeks from now", "several years ago"
 * (PAST_REF). "Two days later" and "a year earlier" count from the last date mentioned (anaphoric).
 * The value has the unit's granularity: days give a day, weeks a week, years a year.
 */
export function agoParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(${w.alt.quantityModifier})\\s+)?(?:(${quantitySource(w)})(?:\\s*-\\s*|\\s+))?(${w.alt.unit})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from now|hence)${E}`,
    'giu',
  );
  return {
    name: 'ago',
    trigger: /\b(?:ago|earlier|later|from\s+now|hence)\b/gi,
    pattern,
    extract(m, ctx) {
      const [, qmod, qty, unitWord, direction] = m;
      const unit = w.unit.get(unitWord!.toLowerCase());
      const n = qty ? parseQuantity(qty, w) : 'X';
      if (!unit || n === null) return null;
      const sign = /^(?:ago|earlier)$/i.test(direction!) ? -1 : 1;
      const mod = qmod ? w.quantityModifier.get(qmod.toLowerCase().replace(/\s+/g, ' ')) : undefined;
      const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const, basis: 'inferred' as const, ...(mod && { mod }) };
      // "a few hours ago" dates the page, not an event; "several years ago" is a vague past.
      if (n === 'X') return unit.time ? null : extend(base, { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'timex/ago-vague' });
      const granularity = unit.time ? 'day' : UNIT_GRANULARITY[unit.code] ?? 'day';
      const shift = unit.time ? 0 : sign * Math.round(n * unit.factor);
      const value = shiftFrom(ctx.dct, granularity, shift);
      if (/^(?:earlier|later)$/i.test(direction!)) {
        if (granularity === 'decade' || granularity === 'century') return null;
        return extend(base, { value, rule: 'timex/anaphoric-shift', anaphor: { unit: granularity, shift } });
      }
      // "a year ago" right after a quarter's results is that quarter a year before (financial news).
      if (granularity === 'year' && shift === -1) return extend(base, { value, rule: 'timex/ago', anaphor: { unit: 'year', shift, only: 'quarter' } });
      return extend(base, { value, rule: 'timex/ago' });
    },
  };
}
