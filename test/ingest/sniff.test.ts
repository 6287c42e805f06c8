import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffFormat } from '../../src/ingest/sniff.js';

test('sniffs the format of unnamed input from how it starts', () => {
  assert.equal(sniffFormat(' date 2025-12-07 Zelensky said'), 'seed');
  assert.equal(sniffFormat('Zelensky said on Sunday'), 'text');
  assert.equal(sniffFormat('{"published":"2025-12-07","text":"a"}'), 'json');
  assert.equal(sniffFormat('{"published":"2025-12-07","text":"a"}\n{"published":"2025-12-08","text":"b"}\n'), 'jsonl');
  assert.equal(sniffFormat('  [{"published":"2025-12-07","text":"a"}]'), 'json');
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0"><channel>'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(sniffFormat('<!DOCTYPE rss [<!ENTITY a "b">]><rss>'), 'feed');
  assert.equal(sniffFormat('<!doctype html><html><head><title>x</title>'), 'html');
  assert.equal(sniffFormat('<p>Fragment</p>'), 'html');
});
