import * as chrono from 'chrono-node';
import type { Candidate, TimexContext } from './candidate.js';
import { directionOf, resolveMonthDay } from './anchor.js';
import { extend } from '../../core/extend.js';

/**
 * chrono-node parsers we rely on: full calendar dates in every common order ("December 2", "the 23rd of
 * November", "Friday, January 23, 2026", "2025-12-11", "12/11/2025", "12/2025"). Weekdays, relative words,
 * clock times and durations are ours: chrono resolves past weekdays forward, reads the verb "sat" as a day
 * and has no TimeML granularity.
 */
const KEEP = [
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
];

/** A chrono refiner: "2/3" and "24/7" are fractions and slogans, not dates; a slash date needs a year. */
const dropYearlessSlashDates: chrono.Refiner = {
  refine: (_context, results) => results.filter((r) => !/^\d{1,2}\/\d{1,2}$/.test(r.text)),
};

/** Finds calendar dates with chrono-node, re-anchoring an unwritten year by the tense of the clause. */
export function createChronoDates() {
  const config = chrono.en.configuration.createConfiguration(true);
  const parsers = config.parsers.filter((p) => KEEP.includes(p.constructor.name));
  const missing = KEEP.filter((name) => !parsers.some((p) => p.constructor.name === name));
  if (missing.length) throw new Error(`chrono-node no longer has the parsers ${missing.map((n) => `"${n}"`).join(', ')}`);
  config.parsers = parsers;
  config.refiners.push(dropYearlessSlashDates);
  const engine = new chrono.Chrono(config);

  return function chronoDates(ctx: TimexContext): Candidate[] {
    const reference = { instant: new Date(`${ctx.dct}T12:00:00Z`), timezone: 0 };
    const out: Candidate[] = [];
    for (const r of engine.parse(ctx.text, reference)) {
      // chrono keeps a leading "on" ("on 12 March 1960"); TimeML extents leave prepositions out.
      const lead = /^(?:on|in|at|by|since|from|until)\s+/i.exec(r.text)?.[0].length ?? 0;
      const text = r.text.slice(lead).replace(/[\s,.;:]+$/u, '');
      const index = r.index + lead;
      if (!text) continue;
      // A range whose end names its own month ("Aug. 26 to Oct. 20") is two dates; "Jan 23-24" stays one.
      const split = r.end ? RANGE_JOIN.exec(text) : null;
      // "15 December 2025 - 21:30" is a day and a clock time, not a range to the 21st.
      if (r.end && split && /^:\d/.test(ctx.text.slice(index + text.length, index + text.length + 2))) {
        push(out, ctx, r.start, index, index + split.index);
        continue;
      }
      if (r.end && split && /\p{L}/u.test(text.slice(split.index + split[0].length))) {
        const endStart = index + split.index + split[0].length;
        push(out, ctx, r.start, index, index + split.index);
        push(out, ctx, r.end, endStart, index + text.length);
      } else push(out, ctx, r.start, index, index + text.length);
    }
    return out;
  };
}

/** The word or dash that joins the two ends of a range. */
const RANGE_JOIN = /\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/iu;

/** Turns chrono's components for one stretch of text into a candidate. */
function push(out: Candidate[], ctx: TimexContext, c: chrono.ParsedComponents, start: number, end: number): void {
  const month = c.get('month');
  const day = c.get('day');
  const year = c.get('year');
  if (!month || !year || end <= start) return;
  const yearStated = c.isCertain('year');
  const base = { start, end, basis: yearStated ? ('stated' as const) : ('inferred' as const) };
  if (!c.isCertain('day')) {
    out.push(extend(base, { type: 'DATE', value: `${year}-${pad(month)}`, rule: 'timex/chrono-month' }));
    return;
  }
  let value = `${year}-${pad(month)}-${pad(day!)}`;
  if (!yearStated) value = resolveMonthDay(ctx.dct, month, day!, directionOf(ctx.tenseAt(start, end)));
  if (c.isCertain('hour')) {
    out.push(extend(base, { type: 'TIME', value: `${value}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`, rule: 'timex/chrono-time' }));
  } else out.push(extend(base, { type: 'DATE', value, rule: 'timex/chrono-date', priority: 1 }));
}

const pad = (n: number) => String(n).padStart(2, '0');
