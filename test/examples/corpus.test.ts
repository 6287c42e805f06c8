import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../../src/core/article.js';
import { isIsoDay } from '../../src/core/dates.js';
import { readSeed } from '../../src/ingest/readers/seed.js';
import { pipeline } from '../support/pipeline.js';

// The bundled example corpus (examples/README.md) and its gold: checks that the data itself is sound,
// so that scores against it mean something. It does not run any extractor.

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const ARTICLES = path.join(EXAMPLES, 'articles');
const GOLD = path.join(EXAMPLES, 'gold');

interface Actor { name: string; kind: string; side: string; aliases: string[] }
interface Gold {
  id: string;
  published: string;
  actors: Actor[];
  quotes: { text: string; speaker: string | null }[];
  timexes: { text: string; type: string; value: string }[];
  events: { type: string; date: string | null; place: string | null; participants: string[] }[];
  positions: { side: string; issue: string; stance: string; evidence: string }[];
  statuses: { issue: string; status: string; claimed_by: string | null; evidence: string }[];
}
interface Manifest {
  outlets: { id: string; name: string }[];
  articles: { id: string; published: string; outlet: string; copy_of?: string }[];
}

const SIDES = ['ukraine', 'russia', 'united-states', 'europe', 'other'];
const ISSUES = ['territory', 'nuclear-plant', 'security-guarantees', 'armed-forces', 'nato', 'sanctions-assets',
  'humanitarian', 'accountability', 'ceasefire', 'referendum-elections', 'reconstruction'];
const STANCES = ['demand', 'propose', 'accept', 'reject'];
const STATUSES = ['agreed', 'close', 'disputed', 'deferred'];
const EVENT_TYPES = ['meeting', 'call', 'visit', 'proposal', 'attack', 'agreement', 'exchange'];
/** TIMEX3 values used by the gold: year, month, day, day with a time, ISO week, weekend. */
function isTimexValue(v: string): boolean {
  const [day, time] = v.split('T');
  if (time !== undefined) return isIsoDay(day!) && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(time);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isIsoDay(v);
  return /^\d{4}(?:-(?:0[1-9]|1[0-2])|-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?)?$/.test(v);
}

const articleFiles = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
const articles = new Map<string, RawArticle>();
for (const f of articleFiles) {
  const [a] = readSeed(path.join(ARTICLES, f), readFileSync(path.join(ARTICLES, f), 'utf8'), {});
  if (a && !('kind' in a)) articles.set(a.id, a);
}
const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort();
const golds = goldFiles.map((f) => JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as Gold);
const manifest = JSON.parse(readFileSync(path.join(EXAMPLES, 'manifest.json'), 'utf8')) as Manifest;

/** The scorer's name normalisation, close enough to spot one alias given to two actors. */
const norm = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʼ]s\b/gu, '').replace(/['’ʼ.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(?:the |mr |ms |president |us )+(?=\S)/u, '');

/** Word 5-gram sets, the shingles near-duplicate detection works on. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}
const jaccard = (a: Set<string>, b: Set<string>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
};

test('every example article parses in the seed format with a real date in the period of the talks', () => {
  assert.ok(articleFiles.length >= 18, `only ${articleFiles.length} example articles`);
  for (const f of articleFiles) {
    const id = f.replace(/\.txt$/, '');
    const a = articles.get(id);
    assert.ok(a, `${f} does not parse as a seed article`);
    assert.ok(isIsoDay(a.published), `${f}: bad date "${a.published}"`);
    assert.ok(a.published >= '2025-11-15' && a.published <= '2026-02-28', `${f}: date ${a.published} outside the talks`);
    assert.ok(a.body.trim().length > 500, `${f}: body too short`);
  }
});

test('the manifest names at least six outlets and places every article', () => {
  const outlets = new Set(manifest.outlets.map((o) => o.id));
  assert.ok(outlets.size >= 6, `only ${outlets.size} outlets`);
  assert.deepEqual(manifest.articles.map((a) => a.id).sort(), [...articles.keys()].sort());
  for (const a of manifest.articles) {
    assert.ok(outlets.has(a.outlet), `${a.id}: unknown outlet "${a.outlet}"`);
    assert.equal(a.published, articles.get(a.id)!.published, `${a.id}: manifest date differs from the article`);
  }
  assert.ok(new Set(manifest.articles.map((a) => a.outlet)).size >= 6, 'fewer than six outlets have articles');
});

test('every gold file belongs to an article, and every article has gold', () => {
  assert.deepEqual(goldFiles.map((f) => f.replace(/\.json$/, '')), [...articles.keys()].sort());
  for (const [i, g] of golds.entries()) {
    assert.equal(g.id, goldFiles[i]!.replace(/\.json$/, ''), `${goldFiles[i]}: id "${g.id}" differs from the file name`);
    assert.equal(g.published, articles.get(g.id)?.published, `${g.id}: published differs from the article date`);
  }
});

test('gold labels come from the SCHEMA.md vocabularies', () => {
  for (const g of golds) {
    for (const a of g.actors) {
      assert.ok(['person', 'organization'].includes(a.kind), `${g.id}: ${a.name} kind "${a.kind}"`);
      assert.ok(SIDES.includes(a.side), `${g.id}: ${a.name} side "${a.side}"`);
      assert.ok(a.aliases.length > 0, `${g.id}: ${a.name} has no aliases`);
    }
    for (const t of g.timexes) {
      assert.ok(['DATE', 'TIME'].includes(t.type), `${g.id}: timex "${t.text}" type "${t.type}"`);
      assert.ok(isTimexValue(t.value), `${g.id}: timex "${t.text}" value "${t.value}"`);
    }
    for (const e of g.events) {
      assert.ok(EVENT_TYPES.includes(e.type), `${g.id}: event type "${e.type}"`);
      assert.ok(e.date === null || isIsoDay(e.date), `${g.id}: event date "${e.date}"`);
    }
    for (const p of g.positions) {
      assert.ok(SIDES.includes(p.side) && ISSUES.includes(p.issue) && STANCES.includes(p.stance),
        `${g.id}: position ${p.side} ${p.issue} ${p.stance}`);
    }
    for (const s of g.statuses) {
      assert.ok(ISSUES.includes(s.issue) && STATUSES.includes(s.status), `${g.id}: status ${s.issue} ${s.status}`);
      assert.ok(s.claimed_by === null || SIDES.includes(s.claimed_by), `${g.id}: claimed_by "${s.claimed_by}"`);
    }
  }
});

test('every gold quote, evidence sentence, timex and alias occurs verbatim in its article', () => {
  for (const g of golds) {
    const body = articles.get(g.id)!.body;
    const strings = [
      ...g.quotes.map((q) => q.text), ...g.positions.map((p) => p.evidence), ...g.statuses.map((s) => s.evidence),
      ...g.timexes.map((t) => t.text), ...g.actors.flatMap((a) => a.aliases),
    ];
    for (const s of strings) assert.ok(body.includes(s), `${g.id}: not in the article: "${s.slice(0, 80)}"`);
    for (const q of g.quotes) assert.ok(q.text.split(/\s+/).length >= 3, `${g.id}: quote under three words "${q.text}"`);
  }
});

test('cleaning keeps every gold quote, evidence sentence and timex, so extractors can find them', () => {
  for (const g of golds) {
    const text = pipeline().prepare(articles.get(g.id)!).text;
    const strings = [...g.quotes.map((q) => q.text), ...g.positions.map((p) => p.evidence),
      ...g.statuses.map((s) => s.evidence), ...g.timexes.map((t) => t.text)];
    for (const s of strings) assert.ok(text.includes(s), `${g.id}: cleaning removed "${s.slice(0, 80)}"`);
  }
});

test('speakers and participants name gold actors, and no alias belongs to two actors', () => {
  for (const g of golds) {
    const names = new Set(g.actors.map((a) => a.name));
    for (const q of g.quotes) assert.ok(q.speaker === null || names.has(q.speaker), `${g.id}: speaker "${q.speaker}"`);
    for (const e of g.events) for (const p of e.participants) assert.ok(names.has(p), `${g.id}: participant "${p}"`);
    const owner = new Map<string, string>();
    for (const a of g.actors) {
      for (const n of new Set([a.name, ...a.aliases].map(norm))) {
        assert.ok(!owner.has(n) || owner.get(n) === a.name, `${g.id}: "${n}" names ${owner.get(n)} and ${a.name}`);
        owner.set(n, a.name);
      }
    }
  }
});

test('one wire story is republished by two other outlets as near-duplicates', () => {
  const copies = manifest.articles.filter((a) => a.copy_of);
  const groups = new Map<string, typeof copies>();
  for (const c of copies) groups.set(c.copy_of!, [...(groups.get(c.copy_of!) ?? []), c]);
  const trio = [...groups.entries()].find(([, members]) => members.length >= 2);
  assert.ok(trio, 'no article has two syndicated copies');
  const [originalId, members] = trio;
  const original = manifest.articles.find((a) => a.id === originalId)!;
  const sh = new Map([...articles].map(([id, a]) => [id, shingles(a.body)]));
  for (const c of members) {
    assert.notEqual(c.outlet, original.outlet, `${c.id} is from the original's own outlet`);
    assert.notEqual(articles.get(c.id)!.body, articles.get(originalId)!.body, `${c.id} is a byte copy`);
    const sim = jaccard(sh.get(c.id)!, sh.get(originalId)!);
    assert.ok(sim >= 0.5, `${c.id} shares only ${sim.toFixed(2)} of its shingles with ${originalId}`);
  }
  const story = new Set([originalId, ...members.map((m) => m.id)]);
  for (const a of articles.keys()) {
    if (story.has(a)) continue;
    const sim = jaccard(sh.get(a)!, sh.get(originalId)!);
    assert.ok(sim < 0.2, `${a} is unexpectedly close (${sim.toFixed(2)}) to the syndicated story`);
  }
});
