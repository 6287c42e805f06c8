import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { toRawOffset } from '../../src/ingest/clean/clean.js';
import { readSeed } from '../../src/ingest/readers/seed.js';
import { pipeline } from '../support/pipeline.js';
import { sharedSkip } from '../support/shared.js';
import type { RawArticle } from '../../src/core/article.js';

const seed = (name: string) => {
  const file = `../shared/corpus/seeds/${name}.txt`;
  return readSeed(file, readFileSync(file, 'utf8'), {})[0] as RawArticle;
};

test('removes share rows, bylines and the update footer but keeps every sentence', { skip: sharedSkip }, () => {
  const doc = pipeline().prepare(seed('002_ef670eab73a7393b'));
  const rules = doc.removed.map((r) => r.rule);
  assert.ok(rules.includes('clean/share-row'));
  assert.ok(rules.includes('clean/byline'));
  assert.ok(rules.includes('clean/update-footer'));
  assert.ok(!doc.text.includes('Share current article'));
  assert.ok(!doc.text.includes('Yuliia Dysa'));
  assert.ok(!doc.text.includes('This story has been updated'));
  assert.ok(doc.text.includes('Kyiv — Russia and Ukraine on Monday remained far apart'));
  assert.ok(doc.text.includes('making clear it must accept Moscow’s demands.'));
});

test('removes photo captions with agency credits and a stray 403', { skip: sharedSkip }, () => {
  const a = pipeline().prepare(seed('000_e0a98c01c69bf2f2'));
  assert.ok(!a.text.includes('(Alex Brandon/AP)'));
  assert.ok(!a.text.includes('(Evan Vucci/AP)'));
  assert.ok(a.text.includes('White House press secretary Karoline Leavitt said'));
  const b = pipeline().prepare(seed('004_f420ff260f6c388f'));
  assert.ok(!b.text.startsWith('403'));
  assert.ok(b.removed.some((r) => r.rule === 'clean/http-status'));
  const c = pipeline().prepare(seed('003_e39ae9d87a1223f6'));
  assert.ok(!c.text.includes('Sign up now'));
});

test('cleaned offsets map back to the same characters in the raw text', { skip: sharedSkip }, () => {
  const doc = pipeline().prepare(seed('002_ef670eab73a7393b'));
  for (const at of [0, 10, 500, doc.text.length - 5]) {
    assert.equal(doc.raw[toRawOffset(doc.segments, at)], doc.text[at]);
  }
});
