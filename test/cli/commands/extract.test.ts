import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../../../scripts/eval/datasets.js';
import { corpusArticle } from '../../support/corpus.js';
import { sharedSkip } from '../../support/shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-extract-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const parley = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), ...args], { encoding: 'utf8', env: { ...process.env, PARLEY_DB: '' } });

test('extract --explain json reports what cleaning removed, with raw offsets; a bad file makes exit code 1', { skip: sharedSkip }, () => {
  const seed = corpusArticle('seeds', '002_ef670eab73a7393b');
  copyFileSync(seed.file, path.join(dir, 'reuters.txt'));
  writeFileSync(path.join(dir, 'broken.jsonl'), '{"published": "2025-12-29", "text": \n');
  const run = parley('extract', dir, '--format', 'json', '--explain', 'json');
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stderr.trim(), `parley: ${path.join(dir, 'broken.jsonl')}:1: broken JSON: Unexpected end of JSON input`);
  const doc = JSON.parse(run.stdout).documents[0];
  assert.equal(doc.id, 'reuters');
  const raw = seed.body;
  assert.deepEqual(doc.removed.map((r: { rule: string }) => r.rule), ['clean/share-row', 'clean/byline', 'clean/update-footer', 'clean/update-footer']);
  for (const r of doc.removed) assert.equal(raw.slice(r.start, r.end), r.text);
});

test('extract --explain prints removed spans on stderr; usage errors exit with 2', { skip: sharedSkip }, () => {
  const file = corpusArticle('seeds', '004_f420ff260f6c388f').file;
  const run = parley('extract', file, '--format', 'jsonl', '--explain');
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.stderr.trim().split('\n'), [`${file}: clean/http-status raw[0,4) "403\\n"`, `${file}: clean/agency-tag raw[64,73) "(MENAFN) "`]);
  assert.equal(JSON.parse(run.stdout).id, '004_f420ff260f6c388f');
  assert.equal(parley('extract', file, '--format', 'xml').status, 2);
  assert.equal(parley('extract').status, 2);
  assert.equal(parley('extract', file, '--max-article-bytes', '-3').status, 2);
});
