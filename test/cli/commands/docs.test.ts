import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../../../scripts/eval/datasets.js';
import { corpusArticle } from '../../support/corpus.js';
import { sharedSkip } from '../../support/shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-docs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const parley = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), ...args], { encoding: 'utf8', env: { ...process.env, PARLEY_DB: '' } });

test('docs --dupes lists the copies of a wire story as one story, as a table, CSV or JSON', { skip: sharedSkip }, () => {
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  const wire = corpusArticle('seeds', '003_e39ae9d87a1223f6');
  const paras = wire.body.split('\n\n');
  const records = [
    { id: 'wire', outlet: 'Wire', published: wire.published, text: wire.body },
    { id: 'local', outlet: 'Local Post', published: wire.published, text: ['Zelensky wants to see Trump again', 'By Desk Staff', ...paras.slice(1, 12)].join('\n\n') },
    { id: 'other', outlet: 'Other', published: '2025-12-11', text: corpusArticle('seeds', '000_e0a98c01c69bf2f2').body },
  ];
  writeFileSync(path.join(corpus, 'feed.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
  const db = path.join(dir, 'docs.db');
  const ingest = parley('ingest', corpus, '--db', db);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.match(ingest.stdout, /^3 added, 0 already stored, 0 failed/);

  const json = parley('docs', '--dupes', '--db', db, '--format', 'json');
  assert.equal(json.status, 0, json.stderr);
  const groups = JSON.parse(json.stdout);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].documents.map((d: { id: string }) => d.id), ['local', 'wire']);
  assert.equal(groups[0].outlet_count, 2);

  const csv = parley('docs', '--dupes', '--db', db, '--format', 'csv');
  assert.deepEqual(csv.stdout.trim().split('\n').map((l) => l.split(',').slice(0, 3).join(',')), ['story,document,outlet', 'wire,local,Local Post', 'wire,wire,Wire']);
  const table = parley('docs', '--db', db);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^id\s+published\s+outlet\s+title\s+story_id\n/);
  assert.equal(parley('docs', '--db', db, '--since', '2025-13-45').status, 2);
});
