import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Lexicon } from '../../src/nlp/lexicon.js';
import { planVersionReader, type PlanDocument } from '../../src/resolve/plans.js';

const doc = (id: string, published: string, text: string): PlanDocument => ({
  id,
  published,
  outlet: null,
  story_id: id,
  title: null,
  url: null,
  text,
  sentences: JSON.stringify([{ span: { start: 0, end: text.length }, paragraph: 0 }]),
});

test('plan versions come in the order they were first reported: 28 → 19 → 20', () => {
  const read = planVersionReader(Lexicon.load('en'));
  const versions = read([
    doc('a', '2025-11-21', 'Washington handed Kyiv a 28-point plan on Thursday.'),
    doc('b', '2025-11-25', 'After Geneva the draft was cut from 28 points to 19.'),
    doc('c', '2025-12-24', 'Zelensky presented a twenty-point framework to reporters.'),
    doc('d', '2025-12-25', 'The 20-point plan is with the Americans, he said.'),
  ]);
  assert.deepEqual(versions.map((v) => v.points), [28, 19, 20]);
  assert.equal(versions[2]!.sources.reports, 2);
  assert.equal(versions[1]!.mentions[0]!.rule, 'plan/points');
});

test('numbers that do not count a plan\'s points are not versions', () => {
  const read = planVersionReader(Lexicon.load('en'));
  assert.deepEqual(read([doc('a', '2025-11-21', 'The team scored 28 points in the final.'), doc('b', '2025-11-22', 'Guarantees for 15 years under the plan.')]), []);
});
