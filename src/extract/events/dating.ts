import type { Basis, DatePrecision, Timex } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { granularityOf } from '../timexes/anchor.js';
import { distance } from './distance.js';
import type { EventWords } from './words.js';

export interface EventDate {
  date: string | null;
  period?: string;
  precision: DatePrecision | null;
  basis: Basis | null;
}

const NONE: EventDate = { date: null, precision: null, basis: null };
/** How far (in characters, a name counting as one) a date may sit after or before its trigger. */
const REACH = 90;
const REACH_BEFORE = 40;
/** How far before its trigger an "ongoing" word may be ("ongoing talks", "the continuing negotiations"). */
const ONGOING_BEFORE = 24;
/** Words that make a reporting verb's date an adjunct of the event ("repeated on Sunday after his call"). */
const ADJUNCT = /\b(?:after|before|following|during|at|in)\b/i;
/** The same, for a trigger far from the date: only an event just before the report ("..., after a meeting with"). */
const AFTER_REPORT = /,\s+(?:after|following)\s+(?:\p{L}+\s+){0,3}$/iu;

const PRECISION: Record<string, DatePrecision> = { day: 'day', week: 'week', month: 'month', quarter: 'month', year: 'year' };

/**
 * The date of an event from its sentence's own timex: the nearest dated expression within reach of the
 * trigger, skipping one that dates the reporting ("Lavrov said on Thursday that Russia has relayed...").
 * Without one, an ongoing event ("talks are under way") is dated on the publication day, inferred.
 */
export function dateOf(
  text: string,
  at: { sentence: Span; clause: Span; trigger: Span },
  o: { timexes: readonly Timex[]; words: EventWords; dct: string; names: readonly Span[]; triggers?: readonly Span[] },
): EventDate {
  let best: Timex | undefined;
  let bestDistance = Infinity;
  for (const t of o.timexes) {
    if (t.span.start < at.sentence.start || t.span.start >= at.sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!granularityOf(t.value)) continue;
    const d = distance(t.span, at.trigger, o.names);
    if (d < 0) continue;
    const before = t.span.end <= at.trigger.start;
    // A date opening the sentence ("On December 2, ...", "Later, on Jan 6, ...") frames all of it; another
    // date before the trigger usually belongs to an earlier verb ("expressed disappointment on Sunday").
    const opening = before && /^\s*(?:\p{L}+,\s*)?(?:on|in|by|since|from)?\s*$/iu.test(text.slice(at.sentence.start, t.span.start)) && /^\s*,/.test(text.slice(t.span.end, t.span.end + 2));
    const report = before && datesReporting(text, t, o.words);
    // "Trump said yesterday that [...], after a meeting with Zelensky": the report's day reaches its adjunct.
    const between = text.slice(t.span.end, at.trigger.start);
    const linked = report && ADJUNCT.test(between);
    const farLinked = report && AFTER_REPORT.test(between);
    if (!opening && !farLinked && d > (before ? REACH_BEFORE : REACH)) continue;
    const distanceToTrigger = d;
    if (report && !linked) continue;
    if (distanceToTrigger < bestDistance) [best, bestDistance] = [t, distanceToTrigger];
  }
  if (best) {
    const g = granularityOf(best.value)!;
    const precision = PRECISION[g] ?? null;
    if (!precision) return NONE;
    const basis = best.basis;
    return g === 'day' ? { date: best.value.slice(0, 10), precision, basis } : { date: null, period: best.value, precision, basis };
  }
  if (ongoing(text, at, o)) return { date: o.dct, precision: 'day', basis: 'inferred' };
  return NONE;
}

/** A date right after or before a reporting verb ("said on Thursday", "on Thursday said") dates the report. */
function datesReporting(text: string, t: Timex, w: EventWords): boolean {
  const before = /(\p{L}+)\s+(?:on\s+|late\s+|early\s+)?$/u.exec(text.slice(Math.max(0, t.span.start - 24), t.span.start));
  const after = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(t.span.end, t.span.end + 20));
  return !!((before && w.reportingVerbs.has(before[1]!.toLowerCase())) || (after && w.reportingVerbs.has(after[1]!.toLowerCase())));
}

/**
 * "Talks are under way", "ongoing talks": the clause says the event is going on. A phrase after another
 * trigger belongs to that one: in "the attack took place while negotiations were under way" the talks go on.
 */
function ongoing(text: string, at: { clause: Span; trigger: Span }, o: { words: EventWords; triggers?: readonly Span[] }): boolean {
  const next = (o.triggers ?? []).filter((t) => t.start >= at.trigger.end && t.start < at.clause.end).reduce((m, t) => Math.min(m, t.start), at.clause.end);
  return o.words.ongoing.test(text.slice(Math.max(at.clause.start, at.trigger.start - ONGOING_BEFORE), next));
}
