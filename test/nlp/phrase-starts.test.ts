import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseRegex } from '../../src/nlp/patterns.js';
import { FOLDS_TO_ASCII, asciiWords, matchPhrases, startFiltered } from '../../src/nlp/phrase-starts.js';

test('FOLDS_TO_ASCII lists every non-ASCII character a case-insensitive ASCII letter or digit matches', () => {
  const ascii = /^[a-z0-9]$/iu;
  for (let cp = 128; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    assert.equal(FOLDS_TO_ASCII.test(ch), ascii.test(ch), `U+${cp.toString(16)}`);
  }
});

const phrases = ['talks', 'peace talks', 'cease-fire', 'a round of talks', 'on the phone', 'met', 'naïve deal', "Putin's visit"];
const pieces = ['talks', 'TALKS', 'Talks', 'peace', 'cease', '-', 'fire', 'a', 'round', 'of', 'on', 'the', 'phone', 'met', 'meta', 'naïve', 'na', 'deal', 'Putin', "'s", '’s', 'visit', 'ſ', 'K', 'é', '\u0301', '2', '_', ' ', '\n', '😀'];

test('matchPhrases finds what matchAll finds', () => {
  const regex = phraseRegex(phrases);
  const filtered = startFiltered(regex, phrases);
  const all = (text: string) => [...text.matchAll(regex)].map((m) => [m.index, m[0]]);
  const pre = (text: string) => matchPhrases(text, asciiWords(text), filtered).map((m) => [m.index, m[0]]);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let k = 0; k < 20000; k++) {
    let text = '';
    for (let n = Math.floor(random() * 10); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.6 ? ' ' : '');
    assert.deepEqual(pre(text), all(text), JSON.stringify(text));
  }
  for (const p of phrases) for (const text of [p, p.toUpperCase(), `x${p}`, `${p}s`, `“${p}”`]) assert.deepEqual(pre(text), all(text), text);
});

test('a phrase starting with punctuation disables the prefilter', () => {
  const list = ['talks', '“deal'];
  const filtered = startFiltered(phraseRegex(list), list);
  assert.equal(filtered.firstRuns, null);
  assert.deepEqual(matchPhrases('a “deal and talks', asciiWords('a “deal and talks'), filtered).map((m) => m.index), [2, 12]);
});
