import type { EventStatus } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { EventWords } from './words.js';
import { lowerCase } from '../../nlp/lower.js';

/** Words of the clause before a trigger that make it unreal, and how many to look at. */
const LOOK_BACK = 7;
const LOOK_AHEAD = 8;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of `text.slice(from, to)`, lower case, joined by single spaces (for phrase tests). */
const words = (text: string, from: number, to: number) => (text.slice(from, to).match(WORD) ?? []).map(lowerCase);

/** A trigger in its clause, with the clause's words before the trigger (read once, for both tests below). */
export interface TriggerClause {
  clause: Span;
  trigger: Span;
  wordsBefore: readonly string[];
}

export const wordsBefore = (text: string, clause: Span, trigger: Span): string[] => words(text, clause.start, trigger.start);

/**
 * True when the clause around a trigger makes the event hypothetical, wished for or denied: "a meeting
 * would be possible", "wanted to meet", "no call ... is being discussed".
 */
export function isUnreal(text: string, at: TriggerClause, w: EventWords): boolean {
  const all = at.wordsBefore;
  const near = all.slice(-LOOK_BACK);
  const reported = reportedFuture(all, w);
  const before = near.filter((word) => !(reported && w.reportedFuture.has(word))).join(' ');
  const after = words(text, at.trigger.end, at.clause.end).slice(0, LOOK_AHEAD).join(' ');
  return w.unreal.test(before) || w.unrealAfter.test(after);
}

/** Planned (future tense or a date after publication), cancelled (called off, postponed) or held. */
export function statusOf(
  text: string,
  at: TriggerClause,
  o: { words: EventWords; date: string | null; dct: string },
): EventStatus {
  const clause = text.slice(at.clause.start, at.clause.end);
  if (o.words.cancelled.test(clause)) return 'cancelled';
  const all = at.wordsBefore;
  const before = all.slice(-LOOK_BACK).join(' ');
  if (o.words.planned.test(before) || reportedFuture(all, o.words) || (o.date !== null && o.date > o.dct)) return 'planned';
  return 'held';
}

/** "said negotiators would hold": a reported-future word in the last words before the trigger, after a reporting verb. */
function reportedFuture(before: readonly string[], w: EventWords): boolean {
  const from = Math.max(0, before.length - LOOK_BACK);
  const at = before.findIndex((word, i) => i >= from && w.reportedFuture.has(word));
  return at > 0 && before.slice(0, at).some((word) => w.reportingVerbs.has(word));
}
