import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandKeys, SAME_STORY, signature, similarity } from '../../src/ingest/dedup/minhash.js';
import { synthetic } from '../support/articles.js';

test('signatures are pinned: stored signatures stay comparable with new ones across versions', () => {
  // Values of the first, straightforward implementation; a faster one must give the very same numbers.
  const sig = signature('Negotiators met in Geneva on Sunday to discuss a 20-point plan, officials said.');
  assert.deepEqual(sig.slice(0, 6), [542546563, 217149901, 552931769, 635098157, 542038970, 61492117]);
  assert.deepEqual(bandKeys(sig).slice(0, 2), ['0:418134672', '1:3482994381']);
});

test('a light rewrite is the same story, a different article is not', () => {
  const [a, b] = synthetic(2, 31);
  const paras = a!.body.split('\n\n');
  const rewrite = [...paras.slice(0, -2), 'One new closing paragraph.'].join('\n\n');
  assert.ok(similarity(signature(a!.body), signature(rewrite)) >= SAME_STORY);
  assert.ok(similarity(signature(a!.body), signature(b!.body)) < SAME_STORY);
});
