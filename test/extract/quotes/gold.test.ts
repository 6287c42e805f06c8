import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SHARED } from '../../../scripts/eval/datasets.js';
import { readInputs } from '../../../src/ingest/inputs.js';
import type { RawArticle } from '../../../src/core/article.js';
import { pipeline } from '../../support/pipeline.js';
import { sharedSkip } from '../../support/shared.js';

const words = (s: string) => s.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const f1 = (a: string, b: string) => {
  const x = words(a);
  const y = words(b);
  const left = new Map<string, number>();
  for (const w of x) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) if ((left.get(w) ?? 0) > 0) (common++, left.set(w, left.get(w)! - 1));
  return common ? (2 * common) / (x.length + y.length) : 0;
};

/** Every article of a gold set with its extraction and its gold quotes. */
async function goldSet(name: string) {
  const docs = path.join(SHARED, 'corpus', name);
  const out = [];
  for await (const item of readInputs([docs])) {
    if ('kind' in item) continue;
    const gold = JSON.parse(readFileSync(path.join(SHARED, 'eval', 'gold', name, `${item.id}.json`), 'utf8'));
    out.push({ x: pipeline().extract(item as RawArticle), gold: gold.quotes as Array<{ text: string; speaker: string | null }> });
  }
  return out;
}

test('every seed gold quote is found with its speaker, and nothing else is', { skip: sharedSkip }, async () => {
  for (const { x, gold } of await goldSet('seeds')) {
    for (const g of gold) {
      const q = x.quotes.find((p) => f1(p.text, g.text) >= 0.8);
      assert.ok(q, `${x.doc.id}: missed "${g.text}"`);
      assert.equal(q.speaker, g.speaker, `${x.doc.id}: speaker of "${g.text}"`);
    }
    assert.equal(x.quotes.length, gold.length, `${x.doc.id}: ${x.quotes.map((q) => q.text).join(' | ')}`);
  }
});

test('seed quotes carry their evidence: spans, rules, cues and mentions', { skip: sharedSkip }, async () => {
  for (const { x } of await goldSet('seeds')) {
    for (const q of x.quotes) {
      assert.equal(q.text, x.doc.text.slice(q.span.start, q.span.end));
      assert.match(q.rule, /^speaker\//);
      if (q.speaker) assert.ok(q.speakerSpan && q.speakerText, `${x.doc.id}: "${q.text}" has a speaker but no mention`);
      if (q.rule === 'speaker/coref') assert.equal(q.speakerBasis, 'inferred');
    }
  }
});

test('dev gold: quotes found at the level reached, speakers right on at least 9 in 10', { skip: sharedSkip }, async () => {
  let gold = 0;
  let found = 0;
  let right = 0;
  for (const { x, gold: g } of await goldSet('dev')) {
    for (const item of g) {
      gold++;
      const q = x.quotes.find((p) => f1(p.text, item.text) >= 0.8);
      if (q) found++;
      if (q && q.speaker === item.speaker) right++;
    }
  }
  assert.ok(gold > 0 && found / gold >= 0.95, `found ${found}/${gold}`);
  assert.ok(right / found >= 0.9, `right speakers ${right}/${found}`);
});


