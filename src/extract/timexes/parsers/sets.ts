import { alternation } from '../../../nlp/patterns.js';
import { B, E, trigger, type Parser } from '../candidate.js';
import type { TimeWords } from '../words.js';

/**
 * Recurring times (TimeML SET): "daily", "every week", "annually", "quarterly". "a day", "per year" are sets
 * only after a count or an amount ("twice a day", "$5 million a year"); "in a day" is not one.
 */
export function setParser(w: TimeWords): Parser {
  const valueOf = new Map<string, string>();
  const per = new Set<string>();
  for (const s of w.raw.sets) {
    for (const word of s.words) valueOf.set(norm(word), s.value);
    for (const word of s.per) {
      valueOf.set(norm(word), s.value);
      per.add(norm(word));
    }
  }
  const pattern = new RegExp(`${B}(?:(once|twice|thrice|\\d+\\s+times|\\w+\\s+times)\\s+)?(${alternation([...valueOf.keys()])})${E}`, 'giu');
  return {
    name: 'set',
    trigger: trigger(alternation([...valueOf.keys()])),
    pattern,
    extract(m, ctx) {
      const [, count, phrase] = m;
      const key = norm(phrase!);
      const value = valueOf.get(key);
      if (!value) return null;
      // "quarterly dividend", "daily newspaper": before a noun the word describes a thing, not a time.
      const next = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      if (!per.has(key) && !/\s/.test(key) && next && !FUNCTION_WORD.test(next[1]!)) return null;
      if (per.has(key) && !count) {
        // "a year" is a rate only right after an amount: "$300 a year", "5% per year", "1,000 a day".
        const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
        if (!/(?:[\d%]|\b(?:million|billion|trillion|thousand|hundred|dollars|euros|cents|percent)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*$/iu.test(before)) return null;
      }
      return { start: m.index, end: m.index + m[0].length, type: 'SET', value, rule: 'timex/set', basis: 'stated', priority: 2 };
    },
  };
}

const FUNCTION_WORD = /^(?:and|or|but|in|on|at|for|to|from|with|by|since|until|as|the|a|an|of|than|through|during|over|after|before|if|since|so|while|because|is|are|was|were|will|would|said|says)$/;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
