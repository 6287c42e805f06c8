import { addDays } from '../../../core/dates.js';
import { B, E, trigger, type Parser } from '../candidate.js';
import type { TimeWords } from '../words.js';

const SHIFT: Record<string, number> = {
  today: 0,
  tonight: 0,
  this: 0,
  yesterday: -1,
  last: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/**
 * Days named from the publication day: "today", "tonight", "yesterday", "tomorrow", "this evening",
 * "last night", "yesterday afternoon", "the day before yesterday". Parts of a day keep the day's value.
 */
export function relativeDayParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)(?:\\s+(${w.alt.dayPart}))?|(this|last)\\s+(${w.alt.dayPart}))${E}`,
    'giu',
  );
  return {
    name: 'relative-day',
    trigger: trigger(`today|tonight|yesterday|tomorrow|${w.alt.dayPart}`),
    pattern,
    extract(m, ctx) {
      const [, word, , which, part] = m;
      const key = (word ?? which!).toLowerCase();
      // "Vostok Today", "USA Today": a capitalised word after a capitalised name is part of the name.
      if (/^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}.]*\s+$/u.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) && !/[.!?:]\s+$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
      // "last evening" is rare and means yesterday; "last morning" is not said.
      if (which && key === 'last' && !/^(?:night|evening)$/i.test(part!)) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DATE',
        value: addDays(ctx.dct, SHIFT[key] ?? 0),
        rule: `timex/relative-day`,
        basis: 'inferred',
      };
    },
  };
}
