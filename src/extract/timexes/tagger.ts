import { isIsoDay } from '../../core/dates.js';
import type { Doc } from '../../core/article.js';
import type { Timex } from '../../core/records.js';
import { sentenceAt } from '../../nlp/sentence-at.js';
import type { Candidate, Parser, Refiner, TimexContext } from './candidate.js';
import { createChronoDates } from './chrono-dates.js';
import { agoParser, yearEarlierParser } from './parsers/ago.js';
import { anaphoricParser } from './parsers/anaphoric.js';
import { clockParser } from './parsers/clock.js';
import { durationParser } from './parsers/durations.js';
import { holidayParser } from './parsers/holidays.js';
import { monthParser } from './parsers/months.js';
import { quarterAnaphorParser, quarterParser } from './parsers/quarters.js';
import { referenceParser } from './parsers/references.js';
import { relativeDayParser } from './parsers/relative-days.js';
import { periodEdgeParser, relativePeriodParser, reportYearParser, weekendParser } from './parsers/relative-periods.js';
import { seasonParser } from './parsers/seasons.js';
import { setParser } from './parsers/sets.js';
import { spokenYearParser } from './parsers/spoken-years.js';
import { weekdayParser } from './parsers/weekdays.js';
import { centuryParser, decadeParser, yearParser } from './parsers/years.js';
import { resolveAnaphora } from './refiners/anaphora.js';
import { attachClockToDay } from './refiners/clock.js';
import { joinCoordinatedDays } from './refiners/coordination.js';
import { attachModifiers } from './refiners/modifiers.js';
import { removeOverlaps } from './refiners/overlaps.js';
import { dropTimestampLines } from './refiners/timestamps.js';
import { joinWeekdayToDate } from './refiners/weekday-date.js';
import { joinFollowingYear } from './refiners/year-after.js';
import { placeWeekdayInNamedWeek } from './refiners/weekday-week.js';
import { scan } from './scan.js';
import { createTenseReader } from './tense.js';
import type { TimeWords } from './words.js';

/**
 * The timex tagger: chrono-node and our parsers propose candidates, then refiners run in this order:
 * overlaps first (the longest reading of a stretch wins), then coordination and modifiers (which extend
 * the survivors), then clock times join their day, anaphora (which needs the final dates in order), and
 * last the page's own timestamp lines go.
 */
export function createTimexTagger(w: TimeWords) {
  const chronoDates = createChronoDates();
  const parsers: Parser[] = ([
    yearParser(w),
    decadeParser(),
    centuryParser(),
    spokenYearParser(),
    monthParser(w),
    weekdayParser(w),
    relativeDayParser(w),
    relativePeriodParser(w),
    weekendParser(),
    seasonParser(w),
    periodEdgeParser(),
    reportYearParser(),
    agoParser(w),
    yearEarlierParser(),
    durationParser(w),
    setParser(w),
    referenceParser(w),
    quarterParser(),
    quarterAnaphorParser(),
    holidayParser(w),
    clockParser(),
    anaphoricParser(),
  ] satisfies Array<Parser | null>).filter((p): p is Parser => p !== null);
  const refiners: Refiner[] = [
    (cs) => removeOverlaps(cs),
    joinWeekdayToDate,
    joinFollowingYear,
    joinCoordinatedDays(new Set(w.raw.year_blockers.map((s) => s.toLowerCase()))),
    attachModifiers(w),
    placeWeekdayInNamedWeek,
    attachClockToDay,
    resolveAnaphora,
  ];
  const tenseReader = createTenseReader(w);

  return function tag(doc: Doc): Timex[] {
    const sentenceIndex = sentenceAt(doc.sentences);
    const ctx: TimexContext = {
      text: doc.text,
      dct: doc.published,
      tenseAt: tenseReader(doc.text, doc.sentences, sentenceIndex),
      sentenceAt: sentenceIndex,
    };
    let candidates: Candidate[] = chronoDates(ctx);
    for (const p of parsers) candidates.push(...scan(p, ctx));
    for (const refine of [...refiners, dropTimestampLines(doc.paragraphs)]) candidates = refine(candidates, ctx);
    // "30 and 22 February" must not become 30 February: a value naming a day names a real one.
    return candidates.filter(realDay).map((c) => ({
      span: { start: c.start, end: c.end },
      text: doc.text.slice(c.start, c.end),
      rule: c.rule,
      type: c.type,
      value: c.value,
      ...(c.mod !== undefined && { mod: c.mod }),
      basis: c.basis,
    }));
  };
}

const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;
const realDay = (c: Candidate): boolean => {
  const day = DAY_VALUE.exec(c.value)?.[1];
  return day === undefined || isIsoDay(day);
};
