import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../../src/core/article.js';
import type { InputProblem } from '../../../src/ingest/problem.js';
import { readSeed } from '../../../src/ingest/readers/seed.js';
import { readText } from '../../../src/ingest/readers/text.js';

const one = (out: Array<RawArticle | InputProblem>) => {
  assert.equal(out.length, 1);
  return out[0]!;
};
const published = (x: RawArticle | InputProblem) => ('kind' in x ? `! ${x.reason}` : x.published);

test('plain text: the date comes from --date, else the text, else the file name, else an error naming the file', () => {
  const body = 'KYIV, Dec 9 (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Tuesday he was prepared to hold elections.';
  assert.equal(published(one(readText('a.txt', body, { date: '2025-12-10' }))), '2025-12-10');
  assert.equal(published(one(readText('a.txt', `December 9, 2025\n\n${body}`, {}))), '2025-12-09');
  assert.equal(published(one(readText('a.txt', `Published 9 December 2025. ${body}`, {}))), '2025-12-09');
  assert.equal(published(one(readText('a.txt', `Washington, D.C. – December 8, 2025\n${body}`, {}))), '2025-12-08');
  // A date inside the story's first sentence is what happened, not when it was published.
  const lede = 'Witkoff and Kushner met Putin in the Kremlin on December 2, 2025, for five hours of talks that ended without a compromise on territory.';
  assert.match(published(one(readText('news/kremlin.txt', lede, {}))), /^! no publication date/);
  assert.equal(published(one(readText('news/2025-12-09-elections.txt', body, {}))), '2025-12-09');
  assert.equal(published(one(readText('news/20251209_elections.txt', body, {}))), '2025-12-09');
  const none = one(readText('news/elections.txt', body, {}));
  assert.ok('kind' in none);
  assert.equal(none.source, 'news/elections.txt');
  assert.match(none.reason, /no publication date/);
  // A date-like name that is not a real day is not a date.
  assert.match(published(one(readText('news/2025-13-45.txt', body, {}))), /^! no publication date/);
});

test('the seed format: date header, id from the file name, impossible dates refused', () => {
  const a = one(readSeed('corpus/000_e0a98c01c69bf2f2.txt', ' date 2025-12-11 Ukrainian President Volodymyr Zelensky has said', {}));
  assert.ok(!('kind' in a));
  assert.deepEqual([a.id, a.published, a.body], ['000_e0a98c01c69bf2f2', '2025-12-11', 'Ukrainian President Volodymyr Zelensky has said']);
  assert.equal(published(one(readSeed('x.txt', ' date 2025-13-45 Text', {}))), '! impossible publication date "2025-13-45"');
  assert.equal(published(one(readSeed('x.txt', ' date 2025-12-11 \n \n', {}))), '! article text is empty');
  // A file name that is not a safe id is made one.
  const b = one(readSeed('corpus/../odd name#1.txt', ' date 2025-12-11 Text', {}));
  assert.ok(!('kind' in b));
  assert.match(b.id, /^odd-name-1-[0-9a-f]{8}$/);
});
