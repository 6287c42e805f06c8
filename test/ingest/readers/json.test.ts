import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../../src/core/article.js';
import type { InputProblem } from '../../../src/ingest/problem.js';
import { arrayElementLines, readJson, readJsonLine } from '../../../src/ingest/readers/json.js';
import { corpusParagraphs } from '../../support/corpus.js';
import { sharedSkip } from '../../support/shared.js';

const isProblem = (x: unknown): x is InputProblem => !!x && typeof x === 'object' && 'kind' in x;
const article = (x: RawArticle | InputProblem | undefined): RawArticle => (isProblem(x) || !x ? assert.fail(`not an article: ${JSON.stringify(x)}`) : x);
const reason = (x: RawArticle | InputProblem | undefined): string => (isProblem(x) ? `${x.source}: ${x.reason}` : assert.fail('not a problem'));

test('a JSON Lines record becomes an article with its metadata', { skip: sharedSkip }, () => {
  const text = corpusParagraphs('seeds', '002_ef670eab73a7393b').slice(2, 6).join('\n\n');
  const line = JSON.stringify({ id: 'reuters-1', url: 'https://example.org/world/talks', title: 'Territory still divides', outlet: 'Reuters', published: '2025-12-29T10:00:00Z', text });
  const a = article(readJsonLine('feed.jsonl', 3, line, {}));
  assert.deepEqual(
    { id: a.id, source: a.source, format: a.format, published: a.published, title: a.title, outlet: a.outlet, url: a.url },
    { id: 'reuters-1', source: 'feed.jsonl:3', format: 'json', published: '2025-12-29', title: 'Territory still divides', outlet: 'Reuters', url: 'https://example.org/world/talks' },
  );
  assert.ok(a.body.startsWith('Kyiv — Russia and Ukraine on Monday remained far apart'));
});

test('an html field is turned into paragraphs; scripts are dropped', () => {
  const line = JSON.stringify({ published: '2025-12-08', title: 'Call', html: '<p>Zelensky held a <b>two-hour</b> call.</p><script>steal()</script><p>He said it was &ldquo;long&rdquo;.</p>' });
  const a = article(readJsonLine('x.jsonl', 1, line, {}));
  assert.equal(a.body, 'Zelensky held a two-hour call.\n\nHe said it was “long”.');
  assert.match(a.id, /^call-[0-9a-f]{8}$/);
});

test('broken lines, wrong types and bad dates are one problem each, naming file:line', () => {
  assert.match(reason(readJsonLine('a.jsonl', 4, '{"published": "2025-12-07", "text": ', {})), /^a\.jsonl:4: broken JSON/);
  assert.equal(reason(readJsonLine('a.jsonl', 5, '{"published": 20251207, "text": "x"}', {})), 'a.jsonl:5: bad article record: "published": Invalid input: expected string, received number');
  assert.match(reason(readJsonLine('a.jsonl', 6, '{"published": "2025-12-07", "text": ["x"]}', {})), /^a\.jsonl:6: bad article record: "text"/);
  assert.match(reason(readJsonLine('a.jsonl', 7, '{"published": "2025-12-07"}', {})), /needs "text" or "html"/);
  assert.equal(reason(readJsonLine('a.jsonl', 8, '{"published": "2025-13-45", "text": "x"}', {})), 'a.jsonl:8: impossible publication date "2025-13-45"');
  assert.match(reason(readJsonLine('a.jsonl', 9, '{"text": "x"}', {})), /"published" is missing/);
  assert.match(reason(readJsonLine('a.jsonl', 10, '[1, 2]', {})), /expected an article object, got an array/);
  assert.equal(readJsonLine('a.jsonl', 11, '   ', {}), undefined);
  // --date fills a missing date.
  assert.equal(article(readJsonLine('a.jsonl', 12, '{"text": "x"}', { date: '2025-12-01' })).published, '2025-12-01');
});

test('hostile ids are made safe', () => {
  const a = article(readJsonLine('a.jsonl', 1, JSON.stringify({ id: '../../etc/passwd', published: '2025-12-07', text: 'x' }), {}));
  assert.match(a.id, /^etc-passwd-[0-9a-f]{8}$/);
  assert.equal(article(readJsonLine('a.jsonl', 2, JSON.stringify({ id: 42, published: '2025-12-07', text: 'x' }), {})).id, '42');
});

test('a JSON array: each element on its own, problems name the element’s line', () => {
  const text = `[\n  {"id": "a", "published": "2025-12-07", "text": "One."},\n  {"id": "b", "published": 7, "text": "Two."},\n  {"id": "c", "published": "2025-12-08",\n   "text": "Three, with } and ] inside \\" a string."}\n]`;
  assert.deepEqual(arrayElementLines(text), [2, 3, 4]);
  const out = readJson('list.json', text, {});
  assert.equal(out.length, 3);
  assert.equal(article(out[0]).id, 'a');
  assert.match(reason(out[1]), /^list\.json:3: bad article record/);
  assert.equal(article(out[2]).body, 'Three, with } and ] inside " a string.');
});

test('a .json file that is really JSON Lines is read line by line; a broken one names its line', () => {
  const jsonl = '{"id":"a","published":"2025-12-07","text":"One."}\n{broken\n{"id":"c","published":"2025-12-07","text":"Three."}\n';
  const out = readJson('l.json', jsonl, {});
  assert.deepEqual(out.map((x) => (isProblem(x) ? x.source : x.id)), ['a', 'l.json:2', 'c']);
  const broken = readJson('b.json', '{\n  "id": "a",\n  "published": \n}', {});
  assert.equal(broken.length, 1);
  assert.match(reason(broken[0]), /^b\.json: broken JSON/);
  assert.equal((broken[0] as InputProblem).line, 4);
});
