import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, pipeline } from '../../support/pipeline.js';

const statements = (body: string) => {
  const x = pipeline().extract(article(body));
  for (const s of x.statements) assert.equal(s.text, x.doc.text.slice(s.span.start, s.span.end), 'statement text is its span');
  return x.statements.map((s) => ({ text: s.text, speaker: s.speaker, cue: s.cue, rule: s.rule }));
};

test('X said (that) CLAUSE: the clause is the content', () => {
  assert.deepEqual(statements('Zelensky said on Monday that Ukraine would not withdraw from the Donbas.'), [
    { text: 'Ukraine would not withdraw from the Donbas', speaker: 'Volodymyr Zelensky', cue: 'said', rule: 'statement/said-that' },
  ]);
  assert.deepEqual(statements('Peskov told reporters the second round would take place in Abu Dhabi.'), []);
  assert.deepEqual(statements('Peskov told reporters that the second round would take place in Abu Dhabi.'), [
    { text: 'the second round would take place in Abu Dhabi', speaker: 'Dmitry Peskov', cue: 'told', rule: 'statement/said-that' },
  ]);
});

test('CLAUSE, X said: the clause before the verb', () => {
  assert.deepEqual(statements('Ukraine does not accept the surrender of Donbas, Mr Zelensky said.'), [
    { text: 'Ukraine does not accept the surrender of Donbas', speaker: 'Volodymyr Zelensky', cue: 'said', rule: 'statement/said-after' },
  ]);
});

test('according to X, CLAUSE', () => {
  assert.deepEqual(statements('According to Axios, the two sides made progress on security guarantees.'), [
    { text: 'the two sides made progress on security guarantees', speaker: 'Axios', cue: 'According to', rule: 'statement/according-to' },
  ]);
});

test('a verb after "and" or a participle shares the subject before it', () => {
  const s = statements('Ushakov described the meeting as tense but said both sides wanted to continue.');
  assert.deepEqual(s.map((x) => [x.speaker, x.text]), [
    ['Yury Ushakov', 'the meeting as tense'],
    ['Yury Ushakov', 'both sides wanted to continue'],
  ]);
});

test('beliefs and stances are statements too, with their own rules', () => {
  assert.deepEqual(statements('Putin believes the West will tire of the war.').map((s) => [s.speaker, s.rule, s.text]), [
    ['Vladimir Putin', 'statement/belief', 'the West will tire of the war'],
  ]);
  assert.deepEqual(statements('Macron called for a ceasefire along the current front line.').map((s) => [s.speaker, s.rule, s.text]), [
    ['Emmanuel Macron', 'statement/stance', 'a ceasefire along the current front line'],
  ]);
});

test('nouns, passives, refusals and direct quotes are not indirect statements', () => {
  assert.deepEqual(statements('The White House did not immediately respond to a request for comment.'), []);
  assert.deepEqual(statements('His remarks drew criticism in Kyiv and in several European capitals.'), []);
  assert.deepEqual(statements('The delegation was told to wait for further instructions from Moscow.'), []);
  assert.deepEqual(statements('Zelensky said: “We will not give up our land to the aggressor.”'), []);
});

test('according to a document released by an organisation', () => {
  assert.deepEqual(statements('The talks were productive, according to a readout released by the White House.').map((s) => [s.speaker, s.text]), [
    ['White House', 'The talks were productive'],
  ]);
});

test('a pronoun in reported speech refers to the reporter, and a nested verb reports for its own subject', () => {
  assert.deepEqual(statements('Trump repeated after his call with Putin that he believes the Russian leader wants the war to end.').map((s) => [s.speaker, s.cue, s.text]), [
    ['Donald Trump', 'repeated', 'he believes the Russian leader wants the war to end'],
    ['Donald Trump', 'believes', 'the Russian leader wants the war to end'],
    ['Vladimir Putin', 'wants', 'the war to end'],
  ]);
});
