import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Lexicon } from '../../src/nlp/lexicon.js';
import { addCounts, framingCounter } from '../../src/resolve/framing.js';

test('framing markers are counted per article from the lexicon, case-sensitive and whole words', () => {
  const count = framingCounter(Lexicon.load('en'));
  assert.deepEqual(count('The Kiev regime refused. Vladimir Zelensky spoke in Kiev about Donbass.'), {
    'the-regime': 1,
    kiev: 1,
    'vladimir-zelensky': 1,
    donbass: 1,
  });
  assert.deepEqual(count('Kyiv and the Donbas; kyivan is not a marker.'), { kyiv: 1, donbas: 1 });
  assert.deepEqual(addCounts({ kiev: 2 }, { kiev: 1, kyiv: 3 }), { kiev: 3, kyiv: 3 });
});
