import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { syntheticArticles, toSeedFile } from '../../bench/corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('compiled with tsc, parley ingest extracts on worker threads from the built files', { timeout: 180_000 }, () => {
  // Built beside dist/ (profiles and lexicons resolve from there), never into it: other tests run bin/parley.js.
  const out = path.join(ROOT, `dist-test-${process.pid}`);
  const work = mkdtempSync(path.join(tmpdir(), 'parley-compiled-'));
  try {
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', out, '--sourceMap', 'false'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
    mkdirSync(path.join(work, 'in'));
    for (const a of syntheticArticles({ count: 12, seed: 5, copyShare: 0 })) writeFileSync(path.join(work, 'in', `${a.id}.txt`), toSeedFile(a));
    // No tsx loader anywhere: workers must start from worker.js.
    const run = spawnSync(process.execPath, [path.join(out, 'cli', 'main.js'), 'ingest', path.join(work, 'in'), '--db', path.join(work, 'x.db'), '--workers', '2'], { cwd: work, encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^12 added, 0 already stored, 0 failed \(12 articles read\)/);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
