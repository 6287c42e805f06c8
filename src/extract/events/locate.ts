import type { Span } from '../../core/span.js';
import { distance } from './distance.js';
import type { PlaceIndex } from './places.js';
import type { Trigger } from './triggers.js';

/** How far (in characters, a name counting as one) a place may sit from its trigger. */
const REACH = 80;
/** A name is a place only after one of these: "Moscow insists" and "Kyiv's efforts" name governments. */
const WHERE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$/i;
/** Visits go "to" places, talks "move to" them; attacks land "on" and "against" them. */
const TO = /\b(?:in|at|to|into|near)\s+(?:the\s+)?$/i;
const TARGET = /\b(?:in|at|on|against|near|into|outside)\s+(?:the\s+)?$/i;
/** "the war in Ukraine" names the war's place, not the event's. */
const NOT_HERE = /\b(?:war|conflict|peace|crisis|fighting|situation|invasion|settlement)\s+(?:\p{L}+\s+)?$/iu;

/**
 * The place of an event: the first profile place shortly after the trigger in its clause ("met ... in
 * Geneva", "traveled to Moscow"), else the nearest one shortly before it ("In Geneva, talks ..."). A visit
 * may go somewhere the profile does not know: a capitalised name right after "to", "in" or "at".
 */
export function placeOfEvent(
  text: string,
  at: { sentence: Span; clause: Span; trigger: Trigger },
  o: { places: PlaceIndex; names: readonly Span[] },
): string | null {
  const prep = at.trigger.type === 'attack' ? TARGET : at.trigger.type === 'visit' || /\b(?:move|moved|moving|moves)\b/i.test(text.slice(at.clause.start, at.clause.end)) ? TO : WHERE;
  const hits = o.places.find(text, at.clause).filter((h) => {
    const before = text.slice(Math.max(0, h.start - 24), h.start);
    // "traveling to Geneva for two-day peace talks": the talks are where the trip goes.
    // "captured Pokrovsk": an attack's target may follow its verb directly.
    const object = at.trigger.type === 'attack' && h.start >= at.trigger.end && /^\s+$/.test(text.slice(at.trigger.end, h.start));
    if (object) return true;
    const tripFor = h.end <= at.trigger.start && TO.test(before.slice(-12)) && /^\s+for\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(h.end, at.trigger.start));
    return (prep.test(before.slice(-12)) || tripFor) && !NOT_HERE.test(before) && distance(h, at.trigger, o.names) <= REACH;
  });
  const after = hits.find((h) => h.start >= at.trigger.end);
  const before = [...hits].reverse().find((h) => h.end <= at.trigger.start);
  const found = (after ?? before)?.name ?? null;
  if (found || at.trigger.type !== 'visit') return found;
  const m = /^\s+(?:(?:to|in|at)\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u.exec(text.slice(at.trigger.end, at.trigger.end + 50));
  return m?.[1] ?? null;
}
