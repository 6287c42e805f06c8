import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import { registerQuotes } from '../../src/cli/commands/quotes.js';
import type { RawArticle } from '../../src/core/article.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/connect.js';
import { pipeline } from '../support/pipeline.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-quotes-'));
const db = path.join(dir, 'q.db');

const articles: RawArticle[] = [
  {
    id: 'a1', source: 'a1.txt', format: 'text', published: '2025-12-08', outlet: 'Wire One',
    body: '“We will not give away our land,” Zelensky told reporters in Kyiv.\n\n“There is no detailed plan yet,” Peskov said.',
  },
  {
    id: 'a2', source: 'a2.txt', format: 'text', published: '2025-12-09', outlet: 'Daily Two',
    body: 'Speaking in Kyiv, the Ukrainian leader was firm. “We will not give away our land,” Zelensky said.',
  },
  {
    id: 'a3', source: 'a3.txt', format: 'text', published: '2025-12-12', outlet: 'Daily Two',
    body: '“Talks with the Americans were useful and constructive,” Peskov said on Friday.',
  },
];

before(async () => {
  const store = await openStore(db);
  try {
    async function* items() {
      yield* articles;
    }
    await ingest(store, pipeline(), items(), { now: () => '2025-12-13T00:00:00Z' });
  } finally {
    await store.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `parley quotes ARGS` in this process and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const program = new Command('parley').exitOverride();
  registerQuotes(program);
  const out: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    await program.parseAsync(['quotes', '--db', db, ...args], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return out.join('');
}

test('the same words reported by two outlets are one quote with its earliest date and both sources', async () => {
  const groups = JSON.parse(await run('--format', 'json', '--search', 'give away'));
  assert.equal(groups.length, 1);
  const g = groups[0];
  assert.equal(g.text, 'We will not give away our land,');
  assert.equal(g.speaker, 'Volodymyr Zelensky');
  assert.equal(g.side, 'ukraine');
  assert.equal(g.first_published, '2025-12-08');
  assert.equal(g.source_count, 2);
  assert.deepEqual(g.sources.map((s: { outlet: string }) => s.outlet), ['Wire One', 'Daily Two']);
});

test('filters by speaker, side and dates', async () => {
  const bySpeaker = JSON.parse(await run('--format', 'json', '--speaker', 'peskov'));
  assert.deepEqual(bySpeaker.map((g: { speaker: string }) => g.speaker), ['Dmitry Peskov', 'Dmitry Peskov']);
  const bySide = JSON.parse(await run('--format', 'json', '--side', 'ukraine'));
  assert.deepEqual(bySide.map((g: { speaker: string }) => g.speaker), ['Volodymyr Zelensky']);
  const since = JSON.parse(await run('--format', 'json', '--since', '2025-12-10'));
  assert.deepEqual(since.map((g: { text: string }) => g.text), ['Talks with the Americans were useful and constructive,']);
  const until = JSON.parse(await run('--format', 'json', '--until', '2025-12-08', '--speaker', 'Zelensky'));
  assert.equal(until[0].source_count, 1);
  assert.deepEqual(JSON.parse(await run('--format', 'json', '--speaker', 'Nobody At All')), []);
});

test('table and CSV output, newest first', async () => {
  const table = await run();
  const lines = table.trim().split('\n');
  assert.match(lines[0]!, /^first_published\s+speaker\s+side\s+quote\s+sources\s+outlets$/);
  assert.match(lines[2]!, /^2025-12-12\s+Dmitry Peskov\s+russia\s+Talks with the Americans/);
  const csv = (await run('--format', 'csv', '--search', 'land')).trim().split('\n');
  assert.equal(csv[0], 'first_published,speaker,side,quote,sources,outlets,documents');
  assert.equal(csv[1], '2025-12-08,Volodymyr Zelensky,ukraine,"We will not give away our land,",2,Wire One; Daily Two,a1; a2');
});

test('a bad date is a usage error (exit code 2) that quotes the value', () => {
  const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'parley.js');
  const r = spawnSync(process.execPath, [bin, 'quotes', '--db', db, '--since', '12/08/2025'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /12\/08\/2025/);
});
