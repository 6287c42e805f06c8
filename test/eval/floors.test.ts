import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GOLD_SETS, POLNEAR_DEV } from '../../scripts/eval/datasets.js';
import { scoreGoldSet, scorePolnear, type Scores } from '../../scripts/eval/run.js';
import { pipeline } from '../support/pipeline.js';
import { sharedSkip } from '../support/shared.js';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;

function check(set: string, scores: Record<string, unknown>) {
  for (const [key, floor] of Object.entries(floors[set] ?? {})) {
    const [field, metric] = key.includes('.') ? key.split('.') : [key, undefined];
    const value = (metric ? (scores[field!] as Record<string, number>)[metric] : scores[field!]) as number;
    assert.ok(value >= floor - 1e-9, `${set} ${key} = ${value.toFixed(4)} fell below its floor ${floor}`);
  }
}

for (const set of GOLD_SETS) {
  const skip = set.name === 'examples' ? false : sharedSkip;
  test(`scores on the ${set.name} gold stay at or above their floors`, { skip }, async () => {
    const scores = await scoreGoldSet(pipeline(), set);
    assert.ok(scores, `${set.name}: no articles or gold to score`);
    check(set.name, scores as Scores);
  });
}

test('PolNeAR dev direct quotes stay at or above their floors', { skip: sharedSkip }, () => {
  const scores = scorePolnear(pipeline(), POLNEAR_DEV);
  assert.ok(scores, 'PolNeAR dev data is missing');
  check('polnear', scores as unknown as Record<string, unknown>);
});
