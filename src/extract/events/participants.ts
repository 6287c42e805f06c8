import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Extraction } from '../extraction.js';
import { mentionsIn } from '../actors/index.js';
import type { EventWords } from './words.js';

/** Prepositions that make an actor the target of an attack, not its author ("strikes on Ukraine"). */
const TARGET = /(?:\bon|\bagainst|\bat|\bin)\s+(?:the\s+)?$/i;

/**
 * The actors taking part in an event: those named in the trigger's clause (else its sentence), minus news
 * outlets and sources ("according to Axios"), minus whoever only reports it ("Ms Leavitt said ..."), and for
 * attacks minus the target ("attacks on Ukraine").
 */
export function participantsOf(
  x: Pick<Extraction, 'doc' | 'actors' | 'mentions'>,
  at: { clause: Span; sentence: Span; trigger: Span; type: string },
  o: { words: EventWords; media: ReadonlySet<string>; listed: number },
): Mention[] {
  const text = x.doc.text;
  const outsider = (m: Mention): boolean => {
    if (o.media.has(m.actor)) return true;
    const before = text.slice(Math.max(at.sentence.start, m.span.start - 30), m.span.start);
    return o.words.sourceBefore.test(before);
  };
  // An attack's target is not its author: "strikes on Kyiv", "struck Kyiv and Kharkiv".
  const target = (m: Mention): boolean =>
    at.type === 'attack' &&
    m.span.start > at.trigger.start &&
    (TARGET.test(text.slice(Math.max(0, m.span.start - 12), m.span.start)) || /^(?:\s+(?:\p{Lu}[\p{L}-]*|and|,))*\s+$/u.test(text.slice(at.trigger.end, m.span.start)));
  const keep = (m: Mention): boolean => !outsider(m) && !isSpeaker(text, m, at, o.words) && !target(m);
  const clause = mentionsIn(x, at.clause);
  const inClause = clause.filter(keep);
  // Outside its clause only when the clause names no one at all (not even a list of sides); a speaker
  // counts when no one else does ("Zelensky said an agreement has been reached").
  let chosen = inClause.length || o.listed ? inClause : mentionsIn(x, at.sentence).filter(keep);
  if (!chosen.length && !o.listed) chosen = clause.filter((m) => !outsider(m) && !target(m));
  const all = mentionsIn(x, at.sentence);
  return chosen.filter((m) => !qualifiesNext(text, m, all[all.indexOf(m) + 1]));
}

const NOT_TITLE = /^(?:to|with|and|or|of|for|by|on|in|at|the|a|an|said|says|told|tells|met|meets|meet|called|calls|will|would|can|could|may|might|must|shall|should|has|have|had|is|are|was|were|did|does|do|also|then|later|host|hosts|see|sees|saw|urged|urges|asked|asks|thanked|thanks)$/;

/**
 * "Trump's special envoy Steve Witkoff", "White House press secretary Karoline Leavitt": a name that
 * only qualifies the next one (its owner or employer) is not a participant of its own.
 */
function qualifiesNext(text: string, m: Mention, next: Mention | undefined): boolean {
  if (!next || m.form === 'pronoun') return false;
  const between = text.slice(m.span.end, next.span.start);
  const title = /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){1,3})$/u.exec(between);
  // Title words only: no function words and no verbs ("Putin received Witkoff" keeps Putin).
  return !!title && !title[1]!.split(/\s+/).some((w) => w && (NOT_TITLE.test(w) || /(?:ed|ing)$/.test(w)));
}

/**
 * The agent of an event: the participant named last before the trigger in its clause ("Ukraine has
 * submitted", "the Kiev regime attempted to strike"), never one after a preposition ("attacks on Ukraine"),
 * or null when none comes before it.
 */
export function agentOf(text: string, mentions: readonly Mention[], trigger: Span): string | null {
  const object = (m: Mention) => OBJECT_OF.test(text.slice(Math.max(0, m.span.start - 12), m.span.start));
  return [...mentions].reverse().find((m) => m.span.end <= trigger.start && !object(m))?.actor ?? null;
}

/** A name after a preposition is an object ("an attack on Ukraine"), not the one who acts. */
const OBJECT_OF = /\b(?:on|against|at|in|to|for|with|from|of|by|into)\s+(?:the\s+)?$/i;

/**
 * A speaker of reported speech outside the reported event: "Zelensky said [...]", "[...], Rubio told
 * reporters". A pronoun or name inside the reported clause still counts ("Zelensky said he met Trump").
 */
function isSpeaker(text: string, m: Mention, at: { trigger: Span }, w: EventWords): boolean {
  const after = /^(?:\s+(?:has|have|had|also|later|then|previously))*\s+(\p{L}+)/u.exec(text.slice(m.span.end, m.span.end + 30));
  if (after && w.reportingVerbs.has(after[1]!.toLowerCase())) return m.span.end <= at.trigger.start || m.span.start >= at.trigger.end;
  const before = /(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(0, m.span.start - 20), m.span.start));
  if (before && w.reportingVerbs.has(before[1]!.toLowerCase()) && m.span.start > at.trigger.end) return true;
  return false;
}
