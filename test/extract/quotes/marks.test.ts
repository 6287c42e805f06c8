import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuoteSpans } from '../../../src/extract/quotes/marks.js';
import { article, pipeline } from '../../support/pipeline.js';

/** The words inside every top-level quotation of a text, after cleaning and paragraphing. */
const quoted = (body: string) => {
  const doc = pipeline().prepare(article(body));
  return findQuoteSpans(doc.text, doc.paragraphs).map((q) => doc.text.slice(q.content.start, q.content.end));
};

test('pairs curly, straight, guillemet, German and NYT-style marks', () => {
  assert.deepEqual(quoted('“We are ready to talk,” she said.'), ['We are ready to talk,']);
  assert.deepEqual(quoted('He said: "The door is open."'), ['The door is open.']);
  assert.deepEqual(quoted('Il a dit: «nous sommes prêts à négocier».'), ['nous sommes prêts à négocier']);
  assert.deepEqual(quoted('Er sagte: „Wir sind bereit zu reden“.'), ['Wir sind bereit zu reden']);
  assert.deepEqual(quoted("``We will not give up land,'' the minister said."), ['We will not give up land,']);
  assert.deepEqual(quoted("''We will not give up land,'' the minister said."), ['We will not give up land,']);
});

test('a quote inside a quote stays part of the outer one', () => {
  assert.deepEqual(quoted('“They told us ‘no deal’ and left the room,” he said.'), ['They told us ‘no deal’ and left the room,']);
  assert.deepEqual(quoted('"People keep asking me, "Is it over?" and I say no," she said.'), ['People keep asking me, "Is it over?" and I say no,']);
});

test('a quote continued in the next paragraph is one quote', () => {
  const body = '“The first part of the plan is about security.\n\n“The second part is about the economy,” the envoy said.';
  assert.deepEqual(quoted(body), ['The first part of the plan is about security.\n\n“The second part is about the economy,']);
});

test('a paragraph that opens a quote and never closes it runs to its end', () => {
  assert.deepEqual(quoted('“We will keep talking as long as it takes\n\nThe talks resumed on Monday.'), ['We will keep talking as long as it takes']);
});

test('British single quotes are quotes; apostrophes and plural possessives are not', () => {
  assert.deepEqual(quoted("'We will not be rushed,' the minister said."), ['We will not be rushed,']);
  assert.deepEqual(quoted('The Ukrainians’ position hasn’t changed since Kyiv’s last offer.'), []);
});

test('stray closing marks and inch marks do not open a quote', () => {
  assert.deepEqual(quoted('He is 6\'2" tall and weighs 90kg.'), []);
});
