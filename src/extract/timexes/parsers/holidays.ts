import { nthWeekday } from '../../../core/dates.js';
import { alternation } from '../../../nlp/patterns.js';
import { B, E, trigger, type Parser } from '../candidate.js';
import { directionOf, resolveMonthDay } from '../anchor.js';
import type { TimeWords } from '../words.js';

/**
 * Holidays with a fixed day ("Christmas", "New Year's Eve") or a rule ("Thanksgiving", the fourth Thursday
 * of November), capitalised. The year comes from "last"/"next"/"this" or a following year, else the tense.
 */
export function holidayParser(w: TimeWords): Parser {
  const fixed = new Map<string, string>();
  for (const [mmdd, words] of Object.entries(w.raw.holidays)) for (const word of words) fixed.set(norm(word), mmdd);
  const rules = new Map<string, { month: number; weekday: number; n: number }>();
  for (const r of w.raw.weekday_holidays) for (const word of r.words) rules.set(norm(word), r);
  const pattern = new RegExp(
    `${B}(?:(last|next|this)\\s+)?(${alternation([...fixed.keys(), ...rules.keys()])})(?:\\s+((?:19|20)\\d{2}))?${E}`,
    'giu',
  );
  return {
    name: 'holiday',
    trigger: trigger(alternation([...fixed.keys(), ...rules.keys()])),
    pattern,
    extract(m, ctx) {
      const [, which, name, statedYear] = m;
      if (!/^(?:the\s+)?\p{Lu}/u.test(name!)) return null;
      const key = norm(name!);
      const dctYear = +ctx.dct.slice(0, 4);
      const dayIn = (y: number): string => {
        const rule = rules.get(key);
        return rule ? nthWeekday(y, rule.month, rule.weekday, rule.n) : `${y}-${fixed.get(key)}`;
      };
      let value: string;
      const p = which?.toLowerCase();
      if (statedYear) value = dayIn(+statedYear);
      else if (p === 'this') value = dayIn(dctYear);
      else if (p === 'last') value = dayIn(dayIn(dctYear) < ctx.dct ? dctYear : dctYear - 1);
      else if (p === 'next') value = dayIn(dayIn(dctYear) > ctx.dct ? dctYear : dctYear + 1);
      else {
        const guess = dayIn(dctYear);
        const direction = directionOf(ctx.tenseAt(m.index, m.index + m[0].length));
        const resolved = resolveMonthDay(ctx.dct, +guess.slice(5, 7), +guess.slice(8, 10), direction);
        value = rules.has(key) ? dayIn(+resolved.slice(0, 4)) : resolved;
      }
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, rule: 'timex/holiday', basis: statedYear ? 'stated' : 'inferred' };
    },
  };
}

const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
