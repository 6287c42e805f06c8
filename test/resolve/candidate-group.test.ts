import assert from 'node:assert/strict';
import { test } from 'node:test';
import { affinity, compatible, SAME_EVENT, type EventShape, type SameEventOptions } from '../../src/extract/events/similarity.js';
import { bestOf, CandidateGroup } from '../../src/resolve/candidate-group.js';
import type { Candidate } from '../../src/resolve/timeline-candidates.js';

/** A small deterministic PRNG, so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [null, 'Moscow', 'Kremlin', 'Geneva', 'Miami', 'Florida'];
const PARENT: Record<string, string> = { Kremlin: 'Moscow', Miami: 'Florida' };
const within = (inner: string, outer: string) => inner === outer || PARENT[inner] === outer;
const KEYS = ['government-of-ukraine', 'government-of-russia', 'vladimir-putin', 'steve-witkoff', 'rustem-umerov', 'kaja-kallas'];
const PEOPLE = new Set(['vladimir-putin', 'steve-witkoff', 'rustem-umerov', 'kaja-kallas']);
const same: SameEventOptions = { dateWindow: 1, within, isPerson: (k) => PEOPLE.has(k) };

function shape(random: () => number, date: string | null): EventShape {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const keys = KEYS.filter(() => random() < 0.3);
  return {
    type: 'attack',
    date,
    ...(random() < 0.1 ? { period: pick(['2025-12', '2025-W49', '2026-01']) } : {}),
    place: pick(PLACES),
    participantKeys: keys,
    agentKey: random() < 0.5 ? pick(['government-of-russia', 'government-of-ukraine']) : null,
  };
}

/** What the linker did before groups: compare the report with every candidate. */
function bruteForce(all: readonly Candidate[], r: EventShape, taken: ReadonlySet<string>): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const c of all) {
    if (taken.has(c.id) || !compatible(c.shape, r, same)) continue;
    const score = affinity(c.shape, r, same);
    if (score >= SAME_EVENT && (!best || score > best.score || (score === best.score && c.id < best.id))) best = { id: c.id, score };
  }
  return best?.id;
}

test('the grouped search finds the very event a comparison with every candidate finds', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const random = rng(seed);
    const days = ['2025-12-05', '2025-12-06', '2025-12-07'];
    const rDate = random() < 0.7 ? '2025-12-06' : null;
    const groups = days.map((day) => ({ day, dated: new CandidateGroup(), undated: new CandidateGroup() }));
    const scored = groups.flatMap((g) => [
      { group: g.dated, dateScore: rDate ? (g.day === rDate ? 3 : 2) : 0 },
      { group: g.undated, dateScore: 0 },
    ]);
    const held: Array<{ c: Candidate; group: CandidateGroup }> = [];
    const n = 1 + Math.floor(random() * 40);
    for (let i = 0; i < n; i++) {
      const g = groups[Math.floor(random() * groups.length)]!;
      const dated = random() < 0.6;
      const c: Candidate = { id: `tl-${Math.floor(random() * 1000)}-${i}`, firstReported: g.day, shape: shape(random, dated ? g.day : null) };
      const group = dated ? g.dated : g.undated;
      group.add(c);
      held.push({ c, group });
    }
    // Some events move (a new report changes their place or people): removal must leave no trace.
    const kept = held.filter(({ c, group }) => (random() < 0.1 ? (group.remove(c), false) : true));
    const r = shape(random, rDate);
    const taken = new Set(kept.filter(() => random() < 0.1).map((x) => x.c.id));
    assert.equal(bestOf(scored, r, same, taken)?.id, bruteForce(kept.map((x) => x.c), r, taken), `seed ${seed}`);
  }
});

test('on dense days where most events share a government, skipping what cannot win still finds the same event', () => {
  // Two governments on most events, people on few: the shape of a busy day, where the rarest keys decide.
  const common = ['government-of-ukraine', 'government-of-russia'];
  const people = Array.from({ length: 12 }, (_, i) => `person-${i}`);
  const orgs = ['nato', 'european-union', 'kremlin'];
  const dense: SameEventOptions = { ...same, isPerson: (k) => k.startsWith('person-') };
  for (let seed = 1; seed <= 400; seed++) {
    const random = rng(10_000 + seed);
    const keysOf = () => [...common.filter(() => random() < 0.8), ...orgs.filter(() => random() < 0.2), ...people.filter(() => random() < 0.06)];
    const place = () => (random() < 0.5 ? PLACES[Math.floor(random() * PLACES.length)]! : null);
    const day = '2025-12-06';
    const dated = new CandidateGroup();
    const undated = new CandidateGroup();
    const all: Candidate[] = [];
    const n = 1 + Math.floor(random() * 300);
    for (let i = 0; i < n; i++) {
      const isDated = random() < 0.7;
      const c: Candidate = { id: `tl-${Math.floor(random() * 100_000)}-${i}`, firstReported: day, shape: { type: 'attack', date: isDated ? day : null, place: place(), participantKeys: keysOf() } };
      (isDated ? dated : undated).add(c);
      all.push(c);
    }
    const r: EventShape = { type: 'attack', date: random() < 0.8 ? day : null, place: place(), participantKeys: keysOf() };
    const taken = new Set(all.filter(() => random() < 0.05).map((c) => c.id));
    const groups = [{ group: dated, dateScore: r.date ? 3 : 0 }, { group: undated, dateScore: 0 }];
    let best: { id: string; score: number } | undefined;
    for (const c of all) {
      if (taken.has(c.id) || !compatible(c.shape, r, dense)) continue;
      const score = affinity(c.shape, r, dense);
      if (score >= SAME_EVENT && (!best || score > best.score || (score === best.score && c.id < best.id))) best = { id: c.id, score };
    }
    assert.equal(bestOf(groups, r, dense, taken)?.id, best?.id, `seed ${seed}`);
  }
});

test('a removed event is no longer found', () => {
  const g = new CandidateGroup();
  const c: Candidate = { id: 'tl-1', firstReported: '2025-12-06', shape: { type: 'meeting', date: '2025-12-06', place: 'Geneva', participantKeys: ['steve-witkoff'] } };
  g.add(c);
  const r: EventShape = { type: 'meeting', date: '2025-12-06', place: 'Geneva', participantKeys: ['steve-witkoff'] };
  assert.equal(bestOf([{ group: g, dateScore: 3 }], r, same, new Set())?.id, 'tl-1');
  g.remove(c);
  assert.equal(bestOf([{ group: g, dateScore: 3 }], r, same, new Set()), undefined);
  assert.equal(g.size, 0);
});
