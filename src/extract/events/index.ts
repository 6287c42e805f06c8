import type { EventRecord } from '../../core/records.js';
import type { Extraction, StageFactory } from '../extraction.js';
import { actorByKey } from '../actors/index.js';
import { foldMeetingsIntoCalls } from './calls.js';
import { clauseAround } from './clause.js';
import { dateOf, type EventDate } from './dating.js';
import { mergeReports, type Report } from './merge.js';
import { agentOf, participantsOf } from './participants.js';
import { placeOfEvent } from './locate.js';
import { placeIndex, type PlaceIndex } from './places.js';
import { dateTrips } from './trips.js';
import { inside, quotedSpans } from './quoted.js';
import { isUnreal, statusOf, wordsBefore } from './status.js';
import { findTriggers, type Trigger } from './triggers.js';
import { eventWords, type EventWords } from './words.js';
import { governmentLists, slug, type GovernmentLists } from './governments.js';
import { extend } from '../../core/extend.js';

/**
 * Finds diplomatic and military events (meetings, calls, visits, proposals, attacks, agreements, prisoner
 * exchanges) with their participants, place, date and status. Per sentence: triggers, then for each real
 * (not hypothetical) trigger its clause's actors, place and date; last, reports of one event are merged.
 */
export const eventsStage: StageFactory = (env) => {
  const words = eventWords(env.lexicon);
  const places = placeIndex(env.profile);
  const media = new Set(env.profile.actors.filter((a) => a.media).map((a) => a.id ?? slug(a.name)));
  const governments = governmentLists(env.profile);
  return (x) => ({ events: extractEvents(x, { words, places, media, governments }) });
};

interface Compiled {
  words: EventWords;
  places: PlaceIndex;
  media: ReadonlySet<string>;
  governments: GovernmentLists;
}

/** "talks with ...", "negotiations between ...": the sides are named. */
const sides = (text: string, t: Trigger) => /^\s+(?:between|with|among|involving)\b/i.test(text.slice(t.end, t.end + 12));

/** A trigger noun after "the" (and at most two modifiers) refers back: "the talks", "the first meeting". */
const DEFINITE = /\b(?:the|these|those|that|this)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const NO_DATE: EventDate = { date: null, precision: null, basis: null };

/** Types whose participants may be listed as sides ("talks between Russia, the US and Ukraine"). */
const BETWEEN_SIDES = new Set(['meeting', 'call', 'agreement', 'exchange']);

function extractEvents(x: Readonly<Extraction>, c: Compiled): EventRecord[] {
  const { doc } = x;
  const reports: Report[] = [];
  const quotes = quotedSpans(doc.text);
  const triggers = findTriggers(x, c.words);
  doc.sentences.forEach((s, sentence) => {
    for (const t of triggers[sentence]!) {
      if (inside(quotes, t)) continue;
      const clause = clauseAround(doc.text, s.span, t);
      const before = wordsBefore(doc.text, clause, t);
      if (isUnreal(doc.text, { clause, trigger: t, wordsBefore: before }, c.words)) continue;
      const event = report(x, c, { sentence: s.span, clause, trigger: t, siblings: triggers[sentence]!, wordsBefore: before });
      if (!event) continue;
      const definite = DEFINITE.test(doc.text.slice(Math.max(s.span.start, t.start - 30), t.start));
      if (c.words.weakTriggers.has(t.cue.toLowerCase()) && !definite && !event.date && !event.period && !event.place && !sides(doc.text, t)) continue;
      reports.push({ event, sentence, definite });
    }
  });
  // Background history ("which Moscow captured in 2022") is not news: events two years old or more go.
  const oldest = String(+doc.published.slice(0, 4) - 1);
  const people = new Set(x.actors.filter((a) => a.kind === 'person').map((a) => a.key));
  const isPerson = (key: string) => people.has(key);
  const same = { dateWindow: 0, within: c.places.within, isPerson };
  const merged = foldMeetingsIntoCalls(mergeReports(reports, same), same);
  return dateTrips(merged, c.places).filter((e) => e.participantKeys.length > 0 && (e.date ?? e.period ?? '9999').slice(0, 4) >= oldest);
}

function report(
  x: Readonly<Extraction>,
  c: Compiled,
  at: {
    sentence: { start: number; end: number };
    clause: { start: number; end: number };
    trigger: Trigger;
    siblings: readonly Trigger[];
    /** The clause's words before the trigger. */
    wordsBefore: readonly string[];
  },
): EventRecord | null {
  const { doc } = x;
  const t = at.trigger;
  const names = x.mentions.filter((m) => m.span.start >= at.sentence.start && m.span.end <= at.sentence.end).map((m) => m.span);
  const located = placeOfEvent(doc.text, at, { places: c.places, names });
  const place = t.type !== 'proposal' || c.words.proposalVerbs.test(doc.text.slice(at.clause.start, at.clause.end)) ? located : null;
  if (t.type === 'visit' && !place) return null;
  const listed = BETWEEN_SIDES.has(t.type)
    ? c.governments.around(doc.text, t, at.clause)
    : t.type === 'proposal'
      ? c.governments.owner(doc.text, t, at.clause.start)
      : t.type === 'attack'
        ? c.governments.forces(doc.text, t, at.clause.start)
        : [];
  const mentions = participantsOf(x, extend(at, { type: t.type }), { words: c.words, media: c.media, listed: listed.length });
  const keys: string[] = [];
  // A proposal's owner ("the U.S. proposal") comes first: it is the proposer.
  const ordered = t.type === 'proposal' || t.type === 'attack' ? [...listed, ...mentions.map((m) => m.actor)] : [...mentions.map((m) => m.actor), ...listed];
  // The place is not a participant: "met Putin at the Kremlin".
  for (const k of ordered) if (!keys.includes(k) && !(place && actorByKey(x, k)?.name === place)) keys.push(k);
  // A plan only named ("Trump's plan") has no day or place of its own; one handed over or submitted has.
  const presented = t.type !== 'proposal' || c.words.proposalVerbs.test(doc.text.slice(at.clause.start, at.clause.end));
  const when = presented ? dateOf(doc.text, at, { timexes: x.timexes, words: c.words, dct: doc.published, names, triggers: at.siblings }) : NO_DATE;
  return {
    type: t.type,
    date: when.date,
    precision: when.precision,
    dateBasis: when.basis,
    ...(when.period !== undefined && { period: when.period }),
    place,
    participants: keys.map((k) => actorByKey(x, k)?.name ?? c.governments.nameOf(k) ?? k),
    participantKeys: keys,
    agentKey: (t.type === 'proposal' || t.type === 'attack') && listed.length ? listed[0]! : agentOf(doc.text, mentions, t),
    status: statusOf(doc.text, at, { words: c.words, date: when.date, dct: doc.published }),
    triggerSpan: { start: t.start, end: t.end },
    trigger: t.cue,
    span: at.sentence,
    text: doc.text.slice(at.sentence.start, at.sentence.end),
    rule: `event/${t.type}`,
  };
}
