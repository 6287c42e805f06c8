import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../scripts/eval/datasets.js';

const BIN = path.join(ROOT, 'bin', 'parley.js');
const db = () => path.join(mkdtempSync(path.join(tmpdir(), 'parley-serve-')), 's.db');

test('parley serve prints its URL, answers on 127.0.0.1 and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db(), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PARLEY_WRITE_TOKEN: '' } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
      setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
    });
    const res = await fetch(`${url}/api/meta`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as any).writes, false);
    const bad = await fetch(`${url}/api/documents?limit=0`);
    assert.equal(bad.status, 400);
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
});

test('parley serve refuses a bad port and a short write token with exit code 2', () => {
  for (const args of [['--port', '70000'], ['--port', 'http'], ['--write-token', 'short']]) {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--db', db(), ...args], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /parley: /);
  }
});
