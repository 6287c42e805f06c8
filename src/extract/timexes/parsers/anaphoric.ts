import { B, E, type Parser } from '../candidate.js';
import { shiftFrom, type Granularity } from '../anchor.js';

const SHIFT: Record<string, number> = {
  'the same': 0,
  'that same': 0,
  that: 0,
  'the previous': -1,
  'the prior': -1,
  'the next': 1,
  'the following': 1,
};

/**
 * Days and periods named from the last date in the text: "the same day", "the previous night", "the next
 * day", "that week". ("That day" and "the day before" are left out: they are mostly not time references.) A refiner resolves them in document order; the values
 * set here (from the publication day) stay when no date came before.
 */
export function anaphoricParser(): Parser {
  return {
    name: 'anaphoric',
    pattern: new RegExp(
      `${B}(?:(the same|that same|the previous|the prior|the next|the following)\\s+(day|night|morning|afternoon|evening)|(the same|that same|that)\\s+(week|month|year))${E}`,
      'giu',
    ),
    extract(m, ctx) {
      const which = (m[1] ?? m[3]!).toLowerCase();
      const unit: Granularity = m[4] ? (m[4].toLowerCase() as Granularity) : 'day';
      const shift = SHIFT[which] ?? 0;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DATE',
        value: shiftFrom(ctx.dct, unit, shift),
        rule: 'timex/anaphoric',
        basis: 'inferred',
        anaphor: { unit, shift },
      };
    },
  };
}
