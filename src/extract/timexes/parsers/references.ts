import { alternation } from '../../../nlp/patterns.js';
import { B, E, trigger, type Parser } from '../candidate.js';
import type { TimeWords } from '../words.js';

/**
 * Present, past and future without a calendar anchor (TimeML reference values): "now", "currently"
 * (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF). A "now" after a call to action
 * ("Sign up now") is page furniture, and "the future of X" is a topic, not a time.
 */
export function referenceParser(w: TimeWords): Parser | null {
  const valueOf = new Map<string, string>();
  for (const [value, words] of Object.entries(w.raw.references)) for (const word of words) valueOf.set(norm(word), value);
  // No reference words (the English lexicon lists none for news): no parser, rather than one scanning for nothing.
  if (!valueOf.size) return null;
  const callToAction = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(w.raw.call_to_action)})\\s+$`, 'iu');
  const words = alternation([...valueOf.keys()]);
  return {
    name: 'reference',
    trigger: trigger(words),
    pattern: new RegExp(`${B}(?:${words})${E}`, 'giu'),
    extract(m, ctx) {
      const key = norm(m[0]);
      const value = valueOf.get(key);
      if (!value) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (value === 'PRESENT_REF' && callToAction.test(before)) return null;
      if (value === 'FUTURE_REF' && /^\s+of\b/i.test(after)) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, rule: 'timex/reference', basis: 'inferred' };
    },
  };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
