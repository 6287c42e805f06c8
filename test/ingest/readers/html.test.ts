import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../../src/core/article.js';
import type { InputProblem } from '../../../src/ingest/problem.js';
import { MAX_HTML_DEPTH, readHtml } from '../../../src/ingest/readers/html.js';
import { corpusParagraphs } from '../../support/corpus.js';
import { sharedSkip } from '../../support/shared.js';

const one = (out: Array<RawArticle | InputProblem>): RawArticle | InputProblem => {
  assert.equal(out.length, 1);
  return out[0]!;
};
const article = (x: RawArticle | InputProblem): RawArticle => ('kind' in x ? assert.fail(`problem: ${x.reason}`) : x);
const problemOf = (x: RawArticle | InputProblem): string => ('kind' in x ? x.reason : assert.fail('not a problem'));

/** A news page around real paragraphs, with the furniture scraped pages carry. */
function page(head: string, paragraphs: string[], extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}
<style>.x{color:red}</style><script>window.tracker = "<p>tracking text</p>";</script></head>
<body><header><a href="/">Home</a> <nav><a>World</a> <a>Politics</a> <a>Business</a></nav></header>
<div class="share"><button>Share</button><button>Tweet</button></div>
<main><article><h1>Zelensky says territory is the question</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="a.jpg"><figcaption>President Donald Trump (Evan Vucci/AP)</figcaption></figure>
<iframe src="https://ads.example/frame"></iframe>${extra}
</article></main><aside><h3>Most read</h3><ul><li>Other story</li></ul></aside>
<footer><p>© 2025 Example News. All rights reserved.</p></footer></body></html>`;
}

test('reads the main text and Open Graph metadata of a news page', { skip: sharedSkip }, () => {
  const paras = corpusParagraphs('seeds', '000_e0a98c01c69bf2f2').slice(0, 6);
  const head = `<title>Zelensky says territory is the question | Example News</title>
<meta property="og:title" content="Zelensky says territory is the question">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-12-11T18:05:00+00:00">
<link rel="canonical" href="https://news.example/world/zelensky-territory">`;
  const a = article(one(readHtml('pages/zelensky.html', page(head, paras), {})));
  assert.equal(a.id, 'zelensky');
  assert.equal(a.format, 'html');
  assert.equal(a.title, 'Zelensky says territory is the question');
  assert.equal(a.outlet, 'Example News');
  assert.equal(a.url, 'https://news.example/world/zelensky-territory');
  assert.equal(a.published, '2025-12-11');
  for (const p of paras.filter((p) => !p.includes('(Alex Brandon/AP)'))) assert.ok(a.body.includes(p), `missing: ${p.slice(0, 60)}`);
  for (const junk of ['tracking text', 'color:red', 'Most read', 'Politics', 'All rights reserved']) assert.ok(!a.body.includes(junk), junk);
  assert.ok(!a.body.startsWith('Zelensky says territory is the question'), 'headline repeated in the body');
  // Paragraphs stay paragraphs.
  assert.ok(a.body.includes(`${paras[0]}\n\n${paras[1]}`));
});

test('falls back to JSON-LD, <time datetime> and <meta name=date>, and to the host name for the outlet', { skip: sharedSkip }, () => {
  const paras = corpusParagraphs('seeds', '002_ef670eab73a7393b').slice(2, 7);
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
    {"@type":"NewsArticle","headline":"Far apart on territory","datePublished":"2025-12-29T09:00:00Z","publisher":{"@type":"Organization","name":"Wire Service"}}]}</script>`;
  const a = article(one(readHtml('a.html', page(ld, paras), {})));
  assert.deepEqual([a.published, a.outlet, a.title], ['2025-12-29', 'Wire Service', 'Far apart on territory']);

  const t = article(one(readHtml('b.html', page('<link rel="canonical" href="https://www.localpaper.example/x">', paras, '<time datetime="2025-12-30T07:00:00-05:00">Dec 30</time>'), {})));
  assert.deepEqual([t.published, t.outlet], ['2025-12-30', 'localpaper.example']);

  const m = article(one(readHtml('c.html', page('<meta name="date" content="2025-12-31">', paras), {})));
  assert.equal(m.published, '2025-12-31');
});

test('a page without a date needs --date; an impossible date is named', { skip: sharedSkip }, () => {
  const paras = corpusParagraphs('seeds', '003_e39ae9d87a1223f6').slice(1, 5);
  assert.equal(problemOf(one(readHtml('d.html', page('', paras), {}))), 'no publication date in the page (pass --date YYYY-MM-DD)');
  assert.equal(article(one(readHtml('d.html', page('', paras), { date: '2026-01-08' }))).published, '2026-01-08');
  const bad = page('<meta property="article:published_time" content="2025-13-45T10:00:00Z">', paras);
  assert.match(problemOf(one(readHtml('e.html', bad, {}))), /impossible publication date "2025-13-45T10:00:00Z" in article:published_time/);
});

test('deeply nested markup is refused before parsing; scripts never run', () => {
  const deep = `<html><body><p>Text.</p>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`;
  assert.equal(problemOf(one(readHtml('deep.html', deep, { date: '2025-12-07' }))), `HTML nested more than ${MAX_HTML_DEPTH} elements deep (not a news page)`);
  let ran = false;
  (globalThis as Record<string, unknown>).__parleyScriptRan = () => (ran = true);
  const html = `<html><body><p>${'Talks went on. '.repeat(30)}</p><script>__parleyScriptRan()</script><img src=x onerror="__parleyScriptRan()"></body></html>`;
  article(one(readHtml('s.html', html, { date: '2025-12-07' })));
  assert.equal(ran, false);
});
