import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTenseReader } from '../../../src/extract/timexes/tense.js';
import { timeWords } from '../../../src/extract/timexes/words.js';
import { Lexicon } from '../../../src/nlp/lexicon.js';

const reader = createTenseReader(timeWords(Lexicon.load('en')));
function tense(sentence: string, target: string) {
  const at = sentence.indexOf(target);
  return reader(sentence, [{ span: { start: 0, end: sentence.length }, paragraph: 0 }], () => 0)(at, at + target.length);
}

test('the nearest verb on the left gives the tense', () => {
  assert.equal(tense('Zelensky said on Sunday that Ukraine would not withdraw.', 'Sunday'), 'past');
  assert.equal(tense('Trump said he will call Putin on Monday.', 'Monday'), 'future');
  assert.equal(tense('The summit will be held in Brussels on Thursday.', 'Thursday'), 'future');
  assert.equal(tense('His team was due to hand its proposals over on Wednesday.', 'Wednesday'), 'future-past');
});

test('with nothing on the left, the verb on the right counts; clause breaks stop the search', () => {
  assert.equal(tense('On Sunday, Zelensky met Trump in Florida.', 'Sunday'), 'past');
  assert.equal(tense('Talks ended; on Friday the envoys return.', 'Friday'), null);
});

test('participle and modal frames: "could be located" stays open, "face-to-face" is no infinitive', () => {
  assert.equal(tense('The relatives could be located Wednesday in Cardenas.', 'Wednesday'), null);
  assert.equal(tense('They held face-to-face meetings at the Kremlin on Tuesday.', 'Tuesday'), 'past');
  assert.equal(tense('NATO has decided to admit Poland in early March.', 'March'), 'future-past');
  // "plan to" before a noun is no future: "a peace plan to US negotiators".
  assert.equal(tense('Kyiv presented a revised peace plan to US negotiators on Friday.', 'Friday'), 'past');
});
