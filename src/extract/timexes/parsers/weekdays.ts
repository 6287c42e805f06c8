import { B, E, trigger, type Parser } from '../candidate.js';
import { nearestWeekdayEitherWay, resolveWeekday, resolveWeekdayShift, type Direction } from '../anchor.js';
import type { TimeWords } from '../words.js';
import { extend } from '../../../core/extend.js';

/**
 * Weekday names, capitalised: "Saturday", "last Friday", "next Sunday", "this past Sunday", "Wednesday night".
 * A bare weekday is the publication day when the names match, else the closest one in the direction of the
 * clause's tense: past tense (and no tense, as news mostly reports) looks back, future tense forward.
 * A possessive ("Wednesday's ruling") looks back. "Mondays" and "every Monday" are SETs.
 */
export function weekdayParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(every|each|last|the previous|previous|next|this past|this coming|this|coming|past)\\s+)?(${w.alt.weekday})(s)?(?:\\s+(${w.alt.dayPart}))?${E}`,
    'giu',
  );
  return {
    name: 'weekday',
    trigger: trigger(w.alt.weekday),
    pattern,
    extract(m, ctx) {
      const [, prefix, name, plural, part] = m;
      if (!/^\p{Lu}/u.test(name!)) return null;
      const weekday = w.weekday.get(name!.toLowerCase())!;
      const base = { start: m.index, end: m.index + m[0].length, basis: 'inferred' as const };
      const p = prefix?.toLowerCase();
      if (plural || p === 'every' || p === 'each') {
        const partCode = part ? DAY_PART_CODE[part.toLowerCase()] ?? '' : '';
        return extend(base, { type: 'SET', value: `XXXX-WXX-${weekday}${partCode ? 'T' + partCode : ''}`, rule: 'timex/weekday-set' });
      }
      let value: string;
      let rule = 'timex/weekday';
      if (p === 'last' || p === 'previous' || p === 'the previous') value = resolveWeekdayShift(ctx.dct, weekday, -1);
      else if (p === 'next') value = resolveWeekdayShift(ctx.dct, weekday, 1);
      else {
        let direction: Direction;
        if (p === 'this past' || p === 'past') direction = 'past';
        else if (p === 'this coming' || p === 'coming') direction = 'future';
        else if (/\bby\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) && !PERFECT.test(ctx.text.slice(Math.max(0, m.index - 60), m.index))) {
          // "an answer by Thursday": a deadline lies ahead ("had filed reports by Wednesday" looks back).
          direction = 'future';
          rule = 'timex/weekday-deadline';
        } else if (/^['’]s\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
          // "Wednesday's ruling": a possessive weekday names an event already reported.
          direction = 'past';
          rule = 'timex/weekday-possessive';
        } else {
          const tense = ctx.tenseAt(m.index, m.index + m[0].length);
          direction = tense === 'future' || (p === 'this' && tense !== 'past') ? 'future' : tense === 'future-past' || tense === 'present' ? 'nearest' : 'past';
          rule = `timex/weekday-${tense ?? 'default'}`;
        }
        value = direction === 'nearest' ? nearestWeekdayEitherWay(ctx.dct, weekday) : resolveWeekday(ctx.dct, weekday, direction);
      }
      return extend(base, { type: 'DATE', value, rule });
    },
  };
}

const PERFECT = /\bhad\b/i;
const DAY_PART_CODE: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI' };
