import { B, trigger, type Parser } from '../candidate.js';
import { directionOf, resolveMonth } from '../anchor.js';
import type { TimeWords } from '../words.js';
import { extend } from '../../../core/extend.js';

/** Words before a lone month name that make it a date ("in May", "since March", "early August"). */
const CUE_BEFORE = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|of|last|next|this|early|late|mid|during|through|throughout|before|after|end|beginning|start|middle|and|or|to|between|past|coming)[\s-]+$/iu;

/**
 * Month names without a day: "February 2022", "December", "last November", "this coming June". A lone
 * month needs its capital letter; "May", "March" and "August" also need a time cue before them. The year
 * comes from the text, else from "last"/"next", else from the tense of the clause.
 */
export function monthParser(w: TimeWords): Parser {
  const pattern = new RegExp(
    `${B}(?:(last|next|this past|this coming|this|coming|past)\\s+)?(${w.alt.month})\\.?(?:\\s*,?\\s*(?:of\\s+)?((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return {
    name: 'month',
    trigger: trigger(w.alt.month),
    pattern,
    extract(m, ctx) {
      const [, prefix, name, year] = m;
      const key = name!.toLowerCase();
      const month = w.month.get(key);
      if (!month) return null;
      // The dot belongs to an abbreviation ("Dec."), not to a full name ending a sentence.
      const end = m.index + m[0].length - (!year && w.fullMonth.has(key) && m[0].endsWith('.') ? 1 : 0);
      const base = { start: m.index, end, type: 'DATE' as const };
      if (year) return extend(base, { value: `${year}-${pad(month)}`, rule: 'timex/month-year', basis: 'stated' });
      // A day number after the month belongs to a full date (chrono reads those).
      if (/^\s*\d/.test(ctx.text.slice(end, end + 3))) return null;
      if (!w.fullMonth.has(key) || !/^\p{Lu}/u.test(name!)) return null;
      if (!prefix && w.ambiguousMonth.has(key) && !CUE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const p = prefix?.toLowerCase();
      const current = +ctx.dct.slice(5, 7);
      const year0 = +ctx.dct.slice(0, 4);
      let value: string;
      if (p === 'this') value = `${year0}-${pad(month)}`;
      // "last February" said in March is a year ago: last month would be "last month".
      else if (p === 'last' || p === 'past') value = `${month < current - 1 ? year0 : year0 - 1}-${pad(month)}`;
      else if (p === 'next') value = `${month > current ? year0 : year0 + 1}-${pad(month)}`;
      else if (p === 'this past') value = resolveMonth(ctx.dct, month, 'past');
      else if (p === 'this coming' || p === 'coming') value = resolveMonth(ctx.dct, month, 'future');
      else value = resolveMonth(ctx.dct, month, directionOf(ctx.tenseAt(m.index, end)));
      return extend(base, { value, rule: prefix ? 'timex/month-relative' : 'timex/month', basis: 'inferred' });
    },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
