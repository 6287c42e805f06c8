import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { resemblance, sameStory, sketch, bandKeys, decodeSketch, encodeSketch, SAME_STORY_CONTAINMENT } from '../../../src/ingest/dedup/minhash.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { openStore } from '../../../src/store/connect.js';
import { listDuplicateGroups } from '../../../src/store/queries/documents.js';
import { corpusArticle, corpusParagraphs } from '../../support/corpus.js';
import { pipeline } from '../../support/pipeline.js';
import { sharedSkip } from '../../support/shared.js';
import type { RawArticle } from '../../../src/core/article.js';

const cleaned = (set: 'seeds' | 'dev', id: string) => {
  const a = corpusArticle(set, id);
  return pipeline().prepare({ id, source: a.file, format: 'seed', published: a.published, body: a.body }).text;
};

/** How local sites republish a wire story: retitled, another byline and noise, a paragraph dropped, trimmed, words changed. */
function syndicated(paras: string[]) {
  return {
    retitled: ['Zelensky and Trump edge closer on guarantees', 'By Local Desk Staff', ...paras.filter((_, i) => i !== 4)].join('\n\n'),
    trimmed: paras.slice(0, Math.ceil(paras.length * 0.4)).join('\n\n'),
    rewritten: paras
      .map((p) => p.replace(/\bsaid\b/g, 'stated').replace(/\bthe\b/g, 'a').replace(/\bon (Monday|Sunday|Thursday|Wednesday|Tuesday)\b/g, '$1'))
      .filter((_, i) => i !== 3)
      .slice(0, Math.ceil(paras.length * 0.7))
      .join('\n\n'),
  };
}

const STORIES: Array<['seeds' | 'dev', string]> = [
  ['seeds', '000_e0a98c01c69bf2f2'],
  ['seeds', '002_ef670eab73a7393b'],
  ['seeds', '003_e39ae9d87a1223f6'],
  ['dev', 'p050'],
  ['dev', 'p030'],
];

test('syndicated copies and light rewrites of a real story join it', { skip: sharedSkip }, () => {
  for (const [set, id] of STORIES) {
    const original = sketch(cleaned(set, id));
    const paras = cleaned(set, id).split('\n').filter((p) => p.trim());
    for (const [kind, text] of Object.entries(syndicated(paras))) {
      const r = sameStory(original, sketch(text));
      assert.ok(r.same, `${id} ${kind}: ${JSON.stringify(resemblance(original, sketch(text)))}`);
    }
  }
});

test('different articles about the same talks stay apart', { skip: sharedSkip }, () => {
  // Same day, same event, same Zelensky statement quoted, different outlets and words.
  const pairs: Array<[string, string]> = [['p048', 'p054'], ['p050', 'p054'], ['p048', 'p050'], ['p045', 'p046'], ['p030', 'p034'], ['p094', 'p095'], ['p095', 'p104']];
  for (const [a, b] of pairs) {
    const r = resemblance(sketch(cleaned('dev', a)), sketch(cleaned('dev', b)));
    assert.ok(r.containment < SAME_STORY_CONTAINMENT / 2, `${a}~${b}: ${JSON.stringify(r)}`);
    assert.equal(sameStory(sketch(cleaned('dev', a)), sketch(cleaned('dev', b))).same, false);
  }
});

test('no two development articles are copies of each other', { skip: sharedSkip }, () => {
  const ids = ['p022', 'p023', 'p030', 'p034', 'p038', 'p039', 'p041', 'p045', 'p046', 'p047', 'p048', 'p050', 'p054', 'p056', 'p063', 'p082', 'p091', 'p094', 'p095', 'p097', 'p099', 'p104', 'p106', 'p111', 'p113', 'p117'];
  const sketches = ids.map((id) => sketch(cleaned('dev', id)));
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) assert.equal(sameStory(sketches[i]!, sketches[j]!).same, false, `${ids[i]}~${ids[j]}`);
});

test('sketches are deterministic and band keys find a trimmed copy', { skip: sharedSkip }, () => {
  const text = cleaned('seeds', '002_ef670eab73a7393b');
  assert.deepEqual(sketch(text), sketch(text));
  const lines = text.split('\n');
  const trimmed = lines.slice(0, Math.ceil(lines.length * 0.4)).join('\n');
  const shared = bandKeys(sketch(text).sig).filter((k) => bandKeys(sketch(trimmed).sig).includes(k));
  assert.ok(shared.length >= 3, `only ${shared.length} shared bands`);
});

const dir = mkdtempSync(path.join(tmpdir(), 'parley-dedup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest links copies as one story that `docs --dupes` lists', { skip: sharedSkip }, async () => {
  const store = await openStore(path.join(dir, 'dupes.db'));
  try {
    const src = corpusArticle('seeds', '002_ef670eab73a7393b');
    const paras = corpusParagraphs('seeds', '002_ef670eab73a7393b');
    const copies = syndicated(paras);
    const art = (id: string, body: string, outlet: string): RawArticle => ({ id, source: `${id}.txt`, format: 'json', published: src.published, body, outlet });
    async function* inputs() {
      yield art('wire', src.body, 'Wire');
      yield art('other', corpusArticle('seeds', '000_e0a98c01c69bf2f2').body, 'Other');
      yield art('local-a', copies.retitled, 'Local A');
      yield art('local-b', copies.trimmed, 'Local B');
      yield art('local-c', copies.rewritten, 'Local C');
    }
    const summary = await ingest(store, pipeline(), inputs(), { now: () => '2026-01-01T00:00:00Z' });
    assert.equal(summary.added, 5);
    const groups = await listDuplicateGroups(store.db);
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.id, 'wire');
    assert.deepEqual(groups[0]!.documents.map((d) => d.id).sort(), ['local-a', 'local-b', 'local-c', 'wire']);
    assert.equal(groups[0]!.outlet_count, 4);
  } finally {
    await store.close();
  }
});

test('a stored sketch reads back exactly, and so does the JSON of stores written before the packed form', { skip: sharedSkip }, () => {
  const s = sketch(cleaned('seeds', '002_ef670eab73a7393b'));
  assert.equal(s.sig.length, 96);
  assert.deepEqual(decodeSketch(encodeSketch(s)), s);
  assert.ok(encodeSketch(s).length < JSON.stringify(s).length, 'packed is shorter than the JSON');
  assert.deepEqual(decodeSketch(JSON.stringify(s)), s);
  assert.deepEqual(decodeSketch(JSON.stringify(s.sig)), { n: 0, sig: s.sig });
  assert.deepEqual(decodeSketch(encodeSketch({ n: 7, sig: [0, 1, 0xffffffff, 2 ** 31] })), { n: 7, sig: [0, 1, 0xffffffff, 2 ** 31] });
});
