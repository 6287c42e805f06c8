import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarked, toFts5Query } from '../../src/store/queries/search.js';

test('user text becomes a safe FTS5 query', () => {
  assert.equal(toFts5Query('Witkoff "peace plan" Kush*'), '"witkoff" "peace plan" "kush"*');
  assert.equal(toFts5Query('AND OR NOT ( NEAR'), '"and" "or" "not" "near"');
  assert.equal(toFts5Query('Russia\'s "" *'), '"russia s"');
  assert.equal(toFts5Query('"""'), null);
  assert.equal(toFts5Query('   '), null);
});

test('marked snippets become plain text with highlight offsets', () => {
  assert.deepEqual(parseMarked('a \uE000bc\uE001 d'), { text: 'a bc d', highlights: [{ start: 2, end: 4 }] });
  assert.deepEqual(parseMarked('x\uE001y\uE000z'), { text: 'xyz', highlights: [] });
});
