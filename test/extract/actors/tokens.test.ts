import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/extract/actors/tokens.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test('abbreviations keep their dots; possessives split off; capitalised compounds split at hyphens', () => {
  assert.deepEqual(texts('U.S.-brokered talks in Washington, D.C.'), ['U.S.', '-', 'brokered', 'talks', 'in', 'Washington', ',', 'D.C.']);
  assert.deepEqual(texts('Zelenskyy’s son-in-law, Russiaʼs Interfax-Ukraine'), ['Zelenskyy', '’s', 'son-in-law', ',', 'Russia', 'ʼs', 'Interfax', '-', 'Ukraine']);
  assert.deepEqual(texts('Strana.ua and O’Brien on Jan. 5'), ['Strana.ua', 'and', 'O’Brien', 'on', 'Jan', '.', '5']);
});

test('keys unify case, dots and apostrophes; flags describe the shape', () => {
  const [us, , poss, nato, kyiv] = tokenize('U.S. Russia’s NATO Kyiv');
  assert.equal(us!.key, 'us');
  assert.equal(poss!.key, "'s");
  assert.ok(nato!.upper && nato!.cap && !nato!.lower);
  assert.ok(kyiv!.cap && !kyiv!.upper);
  assert.ok(tokenize('said')[0]!.lower);
  assert.equal(tokenize('a,b')[1]!.glued, true);
});

test('every token is the text at its offsets', () => {
  const s = 'He said — “Mr Zelensky’s plan,” (AP/Getty) 👍 3.5% e.g. Kim Jong-un';
  for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end), t.text);
});
