import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../../src/core/article.js';
import { readInputs } from '../../src/ingest/inputs.js';
import { loadMetadata, withMetadata } from '../../src/ingest/metadata.js';
import { runParley } from '../support/cli.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const MANIFEST = path.join(EXAMPLES, 'manifest.json');

test('the example manifest gives every example article its outlet by name', async () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { outlets: Array<{ id: string; name: string }>; articles: Array<{ id: string; outlet: string }> };
  const names = new Map(manifest.outlets.map((o) => [o.id, o.name]));
  const read: RawArticle[] = [];
  for await (const item of readInputs([path.join(EXAMPLES, 'articles')], { metadata: loadMetadata(MANIFEST) })) if (!('kind' in item)) read.push(item);
  assert.equal(read.length, manifest.articles.length);
  for (const a of read) assert.equal(a.outlet, names.get(manifest.articles.find((m) => m.id === a.id)!.outlet), a.id);
});

test("an article's own fields win over the sidecar", () => {
  const meta = new Map([['a', { outlet: 'Sidecar', title: 'Sidecar title' }]]);
  const own: RawArticle = { id: 'a', source: 'a.json', format: 'json', published: '2025-12-01', outlet: 'Own', body: 'Text.' };
  assert.deepEqual(withMetadata(own, meta), { ...own, title: 'Sidecar title' });
  const other = { ...own, id: 'b' };
  assert.equal(withMetadata(other, meta), other, 'an article the sidecar does not list is left as it is');
});

test('a bad metadata file is a usage error naming the file and the field', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-meta-'));
  const bad = path.join(dir, 'meta.json');
  writeFileSync(bad, JSON.stringify({ articles: [{ id: 'x', published: '2025-13-45' }] }));
  const r = await runParley(['extract', path.join(EXAMPLES, 'articles', 'e01-meridian-plan-delivered.txt'), '--metadata', bad]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /meta\.json: bad metadata at articles\.0\.published/);
  writeFileSync(bad, '{ broken');
  const broken = await runParley(['extract', path.join(EXAMPLES, 'articles', 'e01-meridian-plan-delivered.txt'), '--metadata', bad]);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /meta\.json: cannot read metadata/);
});
