import { affinity, compatible, SAME_EVENT, type EventShape, type SameEventOptions } from '../extract/events/similarity.js';
import type { Candidate } from './timeline-candidates.js';

/** Keeps `list` sorted by id. */
function insertSorted(list: Candidate[], c: Candidate): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.id < c.id) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, c);
}

function removeSorted(list: Candidate[], c: Candidate): void {
  const i = list.indexOf(c);
  if (i >= 0) list.splice(i, 1);
}

/**
 * Timeline events of one type filed on one day (dated that day, or undated and first reported that day),
 * kept so that the best match for a report is found without comparing it with all of them: a dense day
 * holds hundreds of attacks. They are held in id order, by place, and by participant.
 */
export class CandidateGroup {
  private readonly byId: Candidate[] = [];
  private readonly byPlace = new Map<string | null, Candidate[]>();
  private readonly byKey = new Map<string, Set<Candidate>>();

  get size(): number {
    return this.byId.length;
  }

  ids(): IterableIterator<string> {
    return this.byId.map((c) => c.id).values();
  }

  add(c: Candidate): void {
    insertSorted(this.byId, c);
    const place = c.shape.place;
    insertSorted(this.byPlace.get(place) ?? this.byPlace.set(place, []).get(place)!, c);
    for (const k of c.shape.participantKeys) (this.byKey.get(k) ?? this.byKey.set(k, new Set()).get(k)!).add(c);
  }

  remove(c: Candidate): void {
    removeSorted(this.byId, c);
    const atPlace = this.byPlace.get(c.shape.place);
    if (atPlace) {
      removeSorted(atPlace, c);
      if (!atPlace.length) this.byPlace.delete(c.shape.place);
    }
    for (const k of c.shape.participantKeys) {
      const with_ = this.byKey.get(k);
      with_?.delete(c);
      if (with_ && !with_.size) this.byKey.delete(k);
    }
  }

  /**
   * The events that may score best against `r` in this group, a few instead of all. Within a group, every
   * event shares the same date score; an event's affinity then adds 2 when both are placed and a share per
   * common participant. So the best is either an event sharing a participant (found by key), or, among
   * those sharing none, one that scores like all its place's others: the first compatible one in id order
   * wins their tie. `dateScore` is the date part of the affinity for this group.
   */
  contenders(r: EventShape, dateScore: number, same: SameEventOptions, taken: ReadonlySet<string>): Candidate[] {
    const out = new Set<Candidate>();
    for (const k of new Set(r.participantKeys)) for (const c of this.byKey.get(k) ?? []) out.add(c);
    const first = (list: readonly Candidate[]) => list.find((c) => !taken.has(c.id) && compatible(c.shape, r, same));
    // Events sharing nobody score the date part, plus 2 when both are placed: below SAME_EVENT they cannot win.
    if (!r.place) {
      if (dateScore >= SAME_EVENT) add(out, first(this.byId));
    } else
      for (const [place, list] of this.byPlace) {
        const placeScore = place ? 2 : 0;
        if (dateScore + placeScore < SAME_EVENT) continue;
        // Places that do not nest rule every event of the list out.
        if (place && !same.within(place, r.place) && !same.within(r.place, place)) continue;
        add(out, first(list));
      }
    return [...out];
  }
}

const add = (out: Set<Candidate>, c: Candidate | undefined) => c && out.add(c);

/**
 * The best compatible event for `r` among the groups' contenders: the most affinity, at least SAME_EVENT,
 * ties to the smallest id, none in `taken`. The same answer as comparing `r` with every event of the groups.
 */
export function bestOf(
  groups: ReadonlyArray<{ group: CandidateGroup; dateScore: number }>,
  r: EventShape,
  same: SameEventOptions,
  taken: ReadonlySet<string>,
): Candidate | undefined {
  let best: { c: Candidate; score: number } | undefined;
  for (const { group, dateScore } of groups)
    for (const c of group.contenders(r, dateScore, same, taken)) {
      if (taken.has(c.id)) continue;
      const score = affinity(c.shape, r, same);
      if (score < SAME_EVENT || (best && (score < best.score || (score === best.score && c.id > best.c.id)))) continue;
      if (compatible(c.shape, r, same)) best = { c, score };
    }
  return best?.c;
}
