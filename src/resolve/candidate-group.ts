import { affinity, compatible, SAME_EVENT, shareWeight, type EventShape, type SameEventOptions } from '../extract/events/similarity.js';
import type { Candidate } from './timeline-candidates.js';

/** Where `id` is, or would go, in a list sorted by id. */
function positionOf(list: readonly Candidate[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps `list` sorted by id. */
function insertSorted(list: Candidate[], c: Candidate): void {
  const at = positionOf(list, c.id);
  if (at === list.length) list.push(c);
  else list.splice(at, 0, c);
}

function removeSorted(list: Candidate[], c: Candidate): void {
  const i = list.indexOf(c);
  if (i >= 0) list.splice(i, 1);
}

/** Puts `now` in the place of `was` (the same id) in a list sorted by id. */
function swapSorted(list: Candidate[] | undefined, was: Candidate, now: Candidate): void {
  const at = list ? positionOf(list, was.id) : -1;
  if (!list || list[at] !== was) throw new Error(`Timeline event ${was.id} is not filed where expected`);
  list[at] = now;
}

/** A candidate's participant keys, each once (a summary's are distinct already; cheap to make sure). */
function* distinctKeys(c: Candidate): Generator<string> {
  const keys = c.shape.participantKeys;
  for (let i = 0; i < keys.length; i++) if (keys.indexOf(keys[i]!) === i) yield keys[i]!;
}

const sameKeySet = (a: readonly string[], b: readonly string[]): boolean => a.every((k) => b.includes(k)) && b.every((k) => a.includes(k));

/**
 * Timeline events of one type filed on one day (dated that day, or undated and first reported that day),
 * kept so that the best match for a report is found without comparing it with all of them: a dense day
 * holds hundreds of attacks. They are held in id order, by place, and by participant.
 */
export class CandidateGroup {
  private readonly byId: Candidate[] = [];
  private readonly byPlace = new Map<string | null, Candidate[]>();
  private readonly byKey = new Map<string, Candidate[]>();

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
    for (const k of distinctKeys(c)) insertSorted(this.byKey.get(k) ?? this.byKey.set(k, []).get(k)!, c);
  }

  /**
   * Files `now` where `was` (the same event, as it was) is held, when both have the same place and people:
   * the usual case when a report joins an event, and no list moves. False when they differ (nothing changed).
   */
  replace(was: Candidate, now: Candidate): boolean {
    if (was.shape.place !== now.shape.place || !sameKeySet(was.shape.participantKeys, now.shape.participantKeys)) return false;
    swapSorted(this.byId, was, now);
    swapSorted(this.byPlace.get(was.shape.place), was, now);
    for (const k of distinctKeys(was)) swapSorted(this.byKey.get(k), was, now);
    return true;
  }

  remove(c: Candidate): void {
    removeSorted(this.byId, c);
    const atPlace = this.byPlace.get(c.shape.place);
    if (atPlace) {
      removeSorted(atPlace, c);
      if (!atPlace.length) this.byPlace.delete(c.shape.place);
    }
    for (const k of distinctKeys(c)) {
      const with_ = this.byKey.get(k);
      if (!with_) continue;
      removeSorted(with_, c);
      if (!with_.length) this.byKey.delete(k);
    }
  }

  /**
   * Shows `consider` the events that may score best against `r` in this group, a few instead of all. Within a
   * group every event shares the same date score (`dateScore`); an event's affinity then adds 2 when both
   * are placed and a share per common participant. Among events sharing nobody, all of one place score
   * alike, so the first compatible one in id order stands for them. Events sharing participants are read
   * key by key, the rarest key first, each key's in id order. An unread event can score at most the date, a
   * place and every key not read yet: once that cannot beat the best so far (`best()`; a tie goes to the
   * smaller id), the rest of a key's events, or of all keys, are skipped. The common keys (a government most
   * reports name) hold most of a dense day's events.
   */
  contend(
    r: EventShape,
    keys: readonly WeightedKey[],
    dateScore: number,
    same: SameEventOptions,
    taken: ReadonlySet<string>,
    consider: (c: Candidate) => void,
    best: () => Scored | undefined,
  ): void {
    if (!this.byId.length) return;
    // Events sharing nobody score the date part, plus 2 when both are placed: below SAME_EVENT they cannot win.
    if (!r.place) {
      if (dateScore >= SAME_EVENT) consider(firstCompatible(this.byId, r, same, taken));
    } else
      for (const [place, list] of this.byPlace) {
        const placeScore = place ? 2 : 0;
        if (dateScore + placeScore < SAME_EVENT) continue;
        // Places that do not nest rule every event of the list out.
        if (place && !same.within(place, r.place) && !same.within(r.place, place)) continue;
        consider(firstCompatible(list, r, same, taken));
      }
    if (!keys.length) return;
    const lists: Array<{ key: string; events: Candidate[]; weight: number }> = [];
    let left = 0;
    for (const { key, weight } of keys) {
      const events = this.byKey.get(key);
      if (!events) continue;
      lists.push({ key, events, weight });
      left += weight;
    }
    lists.sort((a, b) => a.events.length - b.events.length);
    const ceiling = dateScore + (r.place ? 2 : 0);
    for (let i = 0; i < lists.length; i++) {
      // The most an event not in the lists read so far can score.
      const most = ceiling + left;
      if (most < (best()?.score ?? -Infinity)) return;
      for (const c of lists[i]!.events) {
        const b = best();
        if (b && most <= b.score && c.id > b.c.id) break;
        if (!shownBefore(lists, i, c)) consider(c);
      }
      left -= lists[i]!.weight;
    }
  }
}

/** The first event of the list in id order that `r` may join, or NONE. */
function firstCompatible(list: readonly Candidate[], r: EventShape, same: SameEventOptions, taken: ReadonlySet<string>): Candidate {
  for (const c of list) if (!taken.has(c.id) && compatible(c.shape, r, same)) return c;
  return NONE;
}

/** True when `c` has the key of one of the lists before the i-th: it has been shown through a rarer key. */
function shownBefore(lists: ReadonlyArray<{ key: string }>, i: number, c: Candidate): boolean {
  for (let j = 0; j < i; j++) if (c.shape.participantKeys.includes(lists[j]!.key)) return true;
  return false;
}

/** A participant of the report and what sharing it adds to the affinity. */
interface WeightedKey {
  key: string;
  weight: number;
}

/** The best event so far and its affinity. */
interface Scored {
  c: Candidate;
  score: number;
}

/** Stands for "no event" so that `consider` takes one argument. */
const NONE: Candidate = { id: '', firstReported: '', shape: { type: '', date: null, place: null, participantKeys: [] } };


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
  let best: Scored | undefined;
  const consider = (c: Candidate) => {
    if (c === NONE || taken.has(c.id)) return;
    const score = affinity(c.shape, r, same);
    if (score < SAME_EVENT || (best && (score < best.score || (score === best.score && c.id > best.c.id)))) return;
    if (compatible(c.shape, r, same)) best = { c, score };
  };
  const keys = [...new Set(r.participantKeys)].map((key) => ({ key, weight: shareWeight(key, same) }));
  for (const { group, dateScore } of groups) group.contend(r, keys, dateScore, same, taken, consider, () => best);
  return best?.c;
}
