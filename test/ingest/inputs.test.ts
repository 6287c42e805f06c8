import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import type { RawArticle } from '../../src/core/article.js';
import { readInputs, type InputOptions } from '../../src/ingest/inputs.js';
import { formatProblem, type InputProblem } from '../../src/ingest/problem.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-inputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function read(paths: string[], options: InputOptions = {}) {
  const articles: RawArticle[] = [];
  const problems: string[] = [];
  for await (const x of readInputs(paths, { today: '2026-03-01', ...options })) {
    if ('kind' in x) problems.push(formatProblem(x as InputProblem).replace(dir + path.sep, ''));
    else articles.push(x);
  }
  return { ids: articles.map((a) => a.id), articles, problems };
}

const rec = (o: Record<string, unknown>) => JSON.stringify({ published: '2025-12-07', text: 'Talks went on.', ...o });

test('walks folders recursively in name order, skipping hidden entries and link loops', async () => {
  const root = path.join(dir, 'walk');
  mkdirSync(path.join(root, 'b', 'deeper'), { recursive: true });
  mkdirSync(path.join(root, '.git'));
  writeFileSync(path.join(root, 'a.txt'), ' date 2025-12-07 One.');
  writeFileSync(path.join(root, 'b', 'c.txt'), ' date 2025-12-08 Two.');
  writeFileSync(path.join(root, 'b', 'deeper', 'd.txt'), ' date 2025-12-09 Three.');
  writeFileSync(path.join(root, '.git', 'x.txt'), ' date 2025-12-09 Hidden.');
  symlinkSync(root, path.join(root, 'b', 'loop'));
  const { ids, problems } = await read([root, path.join(dir, 'missing')]);
  assert.deepEqual(ids, ['a', 'c', 'd']);
  assert.deepEqual(problems, ['missing: no such file or folder']);
});

test('JSON Lines files are streamed: bad lines are problems with their line, the rest loads', async () => {
  const file = path.join(dir, 'batch.jsonl');
  const huge = `{"published":"2025-12-07","text":"${'x'.repeat(5000)}"}`;
  writeFileSync(file, [rec({ id: 'one' }), '', '{"id": "two", broken', huge, Buffer.from([0xc3, 0x28]).toString('latin1'), rec({ id: 'six' })].join('\n'));
  const { ids, problems } = await read([file], { maxArticleBytes: 1000 });
  assert.deepEqual(ids, ['one', 'six']);
  assert.equal(problems.length, 3);
  assert.match(problems[0]!, /^batch\.jsonl:3: broken JSON/);
  assert.equal(problems[1], 'batch.jsonl:4: line is 5036 bytes, over the 1000-byte limit (--max-article-bytes)');
  assert.match(problems[2]!, /^batch\.jsonl:5: /);
});

test('JSON Lines in UTF-16 are decoded; an empty one is a problem', async () => {
  const body = [rec({ id: 'u16a' }), rec({ id: 'u16b' })].join('\r\n');
  writeFileSync(path.join(dir, 'u16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
  writeFileSync(path.join(dir, 'empty.ndjson'), '\n\n');
  const { ids, problems } = await read([path.join(dir, 'u16.jsonl'), path.join(dir, 'empty.ndjson')]);
  assert.deepEqual(ids, ['u16a', 'u16b']);
  assert.deepEqual(problems, ['empty.ndjson: no records (the file is empty or only whitespace)']);
});

test('whole files over the size limit, and articles over the article limit, are refused', async () => {
  writeFileSync(path.join(dir, 'big.txt'), ` date 2025-12-07 ${'word '.repeat(400)}`);
  writeFileSync(path.join(dir, 'long.txt'), ` date 2025-12-07 ${'w'.repeat(3000)}`);
  const files = await read([path.join(dir, 'big.txt'), path.join(dir, 'long.txt')], { maxFileBytes: 2500, maxArticleBytes: 10_000 });
  assert.deepEqual(files.problems, ['long.txt: file is 3017 bytes, over the 2500-byte limit (--max-file-bytes)']);
  const articles = await read([path.join(dir, 'big.txt'), path.join(dir, 'long.txt')], { maxArticleBytes: 2500 });
  assert.deepEqual(articles.problems, ['long.txt: article text is 3000 bytes, over the 2500-byte limit (--max-article-bytes)']);
});

test('future and implausible dates are refused whatever the format', async () => {
  writeFileSync(path.join(dir, 'future.jsonl'), [rec({ id: 'ok' }), rec({ id: 'f', published: '2030-01-01' })].join('\n'));
  const { ids, problems } = await read([path.join(dir, 'future.jsonl')]);
  assert.deepEqual(ids, ['ok']);
  assert.deepEqual(problems, ['future.jsonl:2: publication date "2030-01-01" is in the future (today is 2026-03-01)']);
});

test('standard input is sniffed: JSON Lines, a feed, a seed article', async () => {
  async function* stdin(s: string) {
    for (let i = 0; i < s.length; i += 7) yield Buffer.from(s.slice(i, i + 7));
  }
  const jl = await read(['-'], { stdin: stdin([rec({ id: 's1' }), '{bad', rec({ id: 's2' })].join('\n')) });
  assert.deepEqual(jl.ids, ['s1', 's2']);
  assert.deepEqual(jl.problems.map((p) => p.slice(0, 25)), ['stdin:2: broken JSON: Exp']);
  const seed = await read(['-'], { stdin: stdin(' date 2025-12-07 Zelensky said on Sunday that talks were hard.') });
  assert.equal(seed.articles[0]?.published, '2025-12-07');
  assert.match(seed.ids[0]!, /^doc-[0-9a-f]{12}$/);
  const feed = await read(['-'], {
    stdin: stdin('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>T</title><pubDate>Mon, 08 Dec 2025 09:00:00 GMT</pubDate><description>Body.</description></item></channel></rss>'),
  });
  assert.equal(feed.articles[0]?.outlet, 'W');
});

test('unknown extensions are sniffed from their content', async () => {
  writeFileSync(path.join(dir, 'article.dat'), '<!doctype html><html><head><meta name="date" content="2025-12-07"></head><body><p>Peskov said no call was planned.</p></body></html>');
  const { articles } = await read([path.join(dir, 'article.dat')]);
  assert.equal(articles[0]?.format, 'html');
  assert.equal(articles[0]?.body, 'Peskov said no call was planned.');
});

test('titles and outlets become one line; only web URLs are kept', async () => {
  writeFileSync(
    path.join(dir, 'fields.jsonl'),
    [
      rec({ id: 'f1', title: 'Talks\n resume\u0007 in\tGeneva', outlet: ' The\r\nWire ', url: 'javascript:alert(1)' }),
      rec({ id: 'f2', url: 'https://example.org/a b' }),
    ].join('\n'),
  );
  const { articles } = await read([path.join(dir, 'fields.jsonl')]);
  assert.deepEqual(articles.map((a) => [a.title, a.outlet, a.url]), [
    ['Talks resume in Geneva', 'The Wire', undefined],
    [undefined, undefined, 'https://example.org/a%20b'],
  ]);
});
