import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawArticle } from '../../../src/core/article.js';
import type { InputProblem } from '../../../src/ingest/problem.js';
import { readFeed } from '../../../src/ingest/readers/feed.js';
import { corpusParagraphs } from '../../support/corpus.js';
import { sharedSkip } from '../../support/shared.js';

const isProblem = (x: RawArticle | InputProblem): x is InputProblem => 'kind' in x;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('RSS 2.0: each item is an article, full text from content:encoded, else the description', { skip: sharedSkip }, () => {
  const paras = corpusParagraphs('seeds', '003_e39ae9d87a1223f6').slice(1, 5);
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Straits Wire</title><link>https://wire.example</link>
<item><title>Zelensky seeks new meeting with Trump</title><link>https://wire.example/world/zelensky-seeks-meeting</link>
  <guid isPermaLink="true">https://wire.example/world/zelensky-seeks-meeting</guid><pubDate>Thu, 08 Jan 2026 04:10:00 +0800</pubDate>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[${paras.map((p) => `<p>${p}</p>`).join('')}<script>x()</script>]]></content:encoded></item>
<item><title>Second item &amp; more</title><guid isPermaLink="false">wire-2</guid><dc:date>2026-01-09</dc:date>
  <description>${escape('<p>Only a summary, with <b>markup</b>.</p>')}</description></item>
<item><title>Undated</title><description>Text</description></item>
</channel></rss>`;
  const out = readFeed('news.xml', rss, {});
  assert.equal(out.length, 3);
  const [a, b, c] = out as [RawArticle, RawArticle, InputProblem];
  assert.equal(a.source, 'news.xml#1');
  assert.equal(a.published, '2026-01-08');
  assert.equal(a.outlet, 'Straits Wire');
  assert.equal(a.url, 'https://wire.example/world/zelensky-seeks-meeting');
  assert.match(a.id, /^zelensky-seeks-meeting-[0-9a-f]{8}$/);
  assert.equal(a.body, paras.join('\n\n'));
  assert.equal(b.title, 'Second item & more');
  assert.equal(b.id, 'wire-2');
  assert.equal(b.body, 'Only a summary, with markup.');
  assert.ok(isProblem(c));
  assert.equal(c.source, 'news.xml#3');
  assert.match(c.reason, /no date/);
});

test('Atom: entries with content or summary, dates from published or updated', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title type="html">Talks &lt;em&gt;resume&lt;/em&gt;</title><link rel="alternate" href="https://atom.example/a"/><link rel="enclosure" href="https://atom.example/a.mp3"/>
<id>tag:atom.example,2026:1</id><published>2026-01-23T10:00:00Z</published><updated>2026-01-24T10:00:00Z</updated>
<content type="html">&lt;p&gt;Delegations met in Abu Dhabi.&lt;/p&gt;</content><summary>Short.</summary></entry>
<entry><title>Second</title><id>urn:uuid:1</id><updated>2026-01-25T10:00:00Z</updated><summary>Summary text only.</summary></entry>
</feed>`;
  const [a, b] = readFeed('f.atom', atom, {}) as RawArticle[];
  assert.deepEqual([a!.title, a!.url, a!.published, a!.body, a!.outlet], ['Talks resume', 'https://atom.example/a', '2026-01-23', 'Delegations met in Abu Dhabi.', 'Atom Desk']);
  assert.deepEqual([b!.published, b!.body], ['2026-01-25', 'Summary text only.']);
});

test('entity-expansion bombs and external entities are refused, not expanded or fetched', () => {
  const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('\n');
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol}\n]>\n<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><pubDate>Mon, 08 Dec 2025 09:00:00 GMT</pubDate><description>&lol9;</description></item></channel></rss>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title><pubDate>Mon, 08 Dec 2025 09:00:00 GMT</pubDate><description>&xxe;</description></item></channel></rss>`;
  for (const [name, xml] of [['bomb.xml', bomb], ['xxe.xml', xxe]] as const) {
    const out = readFeed(name, xml, {});
    assert.equal(out.length, 1);
    assert.ok(isProblem(out[0]!));
    assert.match((out[0] as InputProblem).reason, /declares entities/);
  }
});

test('broken XML and non-feeds are one problem each', () => {
  assert.match((readFeed('b.xml', '<rss><channel><item><title>x</item></rss', {})[0] as InputProblem).reason, /^(broken XML|not an RSS)/);
  assert.match((readFeed('s.xml', '<svg><circle/></svg>', {})[0] as InputProblem).reason, /not an RSS or Atom feed/);
  assert.match((readFeed('e.xml', '<rss version="2.0"><channel><title>t</title></channel></rss>', {})[0] as InputProblem).reason, /no items/);
});
