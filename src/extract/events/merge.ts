import type { EventRecord } from '../../core/records.js';
import { affinity, compatible, SAME_EVENT, type SameEventOptions } from './similarity.js';
import { extend } from '../../core/extend.js';

/** One report of an event in an article, before reports of the same event are merged. */
export interface Report {
  event: EventRecord;
  /** Index of its sentence. */
  sentence: number;
  /** Told by a definite noun ("the talks", "the meeting"): it refers back to an event already named. */
  definite: boolean;
}

/** How many sentences back a definite report ("the talks") looks for the event it refers to. */
const BACK = 3;
const STATUS_RANK = { held: 2, cancelled: 1, planned: 0 } as const;

interface Cluster {
  event: EventRecord;
  last: number;
}

/**
 * One record per real event in an article, built in text order. A report joins: an event of its type already
 * told in the same sentence; else, when it is definite or names no one, the most recent compatible event of
 * its type a few sentences back ("The meeting lasted five hours"); else the compatible event it has the most
 * affinity with. A report naming no one that fits no event takes the participants of the last one of its
 * type ("The talks on Tuesday lasted six hours" after "the Geneva talks ... on Wednesday").
 */
export function mergeReports(reports: readonly Report[], o: SameEventOptions): EventRecord[] {
  const out: Cluster[] = [];
  for (const r of reports) {
    const e = r.event;
    // Most recently told first: "the meeting" refers to the event the text spoke of last.
    const recent = out.filter((c) => c.event.type === e.type && r.sentence - c.last <= BACK).sort((a, b) => b.last - a.last);
    const latest = recent[0];
    let target = out.find((c) => c.last === r.sentence && c.event.type === e.type && compatible(c.event, e, o));
    // "the talks" refers back; a report naming no one may too, unless it names its own place or date.
    // A definite report names the event, not its agent: "the attack took place" joins "Kyiv struck".
    const anaphoric = r.definite || (!e.participantKeys.length && !e.place && !e.date);
    const referring = r.definite ? { ...e, agentKey: null } : e;
    if (!target && anaphoric) target = recent.find((c) => compatible(c.event, referring, o));
    // "the talks" with nothing of its kind nearby still means talks told before, however far back.
    if (!target && r.definite) target = [...out].sort((a, b) => b.last - a.last).find((c) => c.event.type === e.type && compatible(c.event, referring, o));
    if (!target && !e.participantKeys.length && e.place) target = recent.find((c) => c.event.place === e.place && compatible(c.event, e, o));
    if (!target) {
      let bestScore = SAME_EVENT;
      for (const c of out) {
        if (!compatible(c.event, e, o)) continue;
        const score = affinity(c.event, e, o);
        if (score >= bestScore) [target, bestScore] = [c, score];
      }
    }
    if (target) {
      target.event = merge(target.event, e, o);
      target.last = r.sentence;
    } else if (!e.participantKeys.length && latest) {
      out.push({ event: extend(e, { participants: [...latest.event.participants], participantKeys: [...latest.event.participantKeys], place: e.place ?? latest.event.place, evidence: [e.span] }), last: r.sentence });
    } else out.push({ event: extend(e, { evidence: [e.span] }), last: r.sentence });
  }
  return out.map((c) => c.event);
}

function merge(a: EventRecord, b: EventRecord, o: SameEventOptions): EventRecord {
  const keys = [...a.participantKeys];
  const names = [...a.participants];
  b.participantKeys.forEach((k, i) => {
    if (!keys.includes(k)) {
      keys.push(k);
      names.push(b.participants[i]!);
    }
  });
  const dated = a.date ? a : b.date ? b : a.period ? a : b;
  const place = !a.place ? b.place : !b.place ? a.place : o.within(b.place, a.place) ? b.place : a.place;
  return extend(a, {
    date: dated.date,
    precision: dated.precision,
    dateBasis: dated.dateBasis,
    ...(dated.period !== undefined ? { period: dated.period } : {}),
    place,
    participants: names,
    participantKeys: keys,
    agentKey: a.agentKey ?? b.agentKey ?? null,
    status: STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b.status : a.status,
    evidence: [...(a.evidence ?? [a.span]), ...(a.evidence?.some((s) => s.start === b.span.start) ? [] : [b.span])],
  });
}
