import type { EventRecord } from '../../core/records.js';
import { affinity, SAME_EVENT, type SameEventOptions } from './similarity.js';
import { extend } from '../../core/extend.js';

/**
 * Talks held by phone or video are told both ways ("Starmer will hold talks with allies ... is expected to
 * co-chair a call"): a meeting without a place that fits a call of the article (same day or undated, enough
 * affinity) is that call, and joins it.
 */
export function foldMeetingsIntoCalls(events: readonly EventRecord[], o: SameEventOptions): EventRecord[] {
  const into = new Map<number, number>();
  events.forEach((e, i) => {
    if (e.type !== 'meeting' || e.place) return;
    const j = events.findIndex((c) => c.type === 'call' && (!e.date || !c.date || c.date === e.date) && affinity(c, e, o) >= SAME_EVENT);
    if (j >= 0) into.set(i, j);
  });
  const out = [...events];
  for (const [i, j] of into) out[j] = absorb(out[j]!, events[i]!);
  return out.filter((_, i) => !into.has(i));
}

function absorb(call: EventRecord, meeting: EventRecord): EventRecord {
  const keys = [...call.participantKeys];
  const names = [...call.participants];
  meeting.participantKeys.forEach((k, i) => {
    if (!keys.includes(k)) {
      keys.push(k);
      names.push(meeting.participants[i]!);
    }
  });
  const evidence = [...(call.evidence ?? [call.span]), ...(meeting.evidence ?? [meeting.span])].sort((a, b) => a.start - b.start);
  return extend(call, { participants: names, participantKeys: keys, evidence });
}
