import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pipeline, article } from '../support/pipeline.js';

const sentences = (body: string) => {
  const doc = pipeline().prepare(article(body));
  return doc.sentences.map((s) => doc.text.slice(s.span.start, s.span.end));
};

test('splits sentences at terminal punctuation, keeping closing quotes', () => {
  assert.deepEqual(sentences('“He doesn’t want any more talk,” Ms Leavitt said. “He wants action.”'), [
    '“He doesn’t want any more talk,” Ms Leavitt said.',
    '“He wants action.”',
  ]);
});

test('does not split after titles, initials or U.S.', () => {
  assert.deepEqual(sentences('Mr. Trump met Dr. Jones in the U.S. capital. Donald J. Trump left.'), [
    'Mr. Trump met Dr. Jones in the U.S. capital.',
    'Donald J. Trump left.',
  ]);
});

test('a line break ends a paragraph and a sentence', () => {
  const doc = pipeline().prepare(article('Low trust\nDespite the overtures, mistrust runs deep.'));
  assert.equal(doc.paragraphs.length, 2);
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.sentences[1]!.paragraph, 1);
});
