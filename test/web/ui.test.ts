/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadProfile } from '../../src/profile/load.js';
import { browserSkip, buildWeb, launchBrowser } from '../support/browser.js';
import { buildDemoStore, demoSkip, type DemoStore } from '../support/demo-store.js';
import { HOSTILE_ARTICLE, HOSTILE_OUTLET, HOSTILE_QUOTE, HOSTILE_TITLE } from '../support/hostile.js';

let demo: DemoStore;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
const problems: string[] = [];
const foreign: string[] = [];

const apiJson = async (path: string) => (await fetch(`${server.url}/api/${path}`)).json() as Promise<any>;

async function open(hash: string): Promise<void> {
  const before = await page.evaluate(() => document.querySelector('main')?.getAttribute('data-ready') ?? '0').catch(() => '0');
  await page.goto(`${server.url}/${hash}`);
  await page.waitForFunction((b) => {
    const r = document.querySelector('main')?.getAttribute('data-ready');
    return r !== null && r !== undefined && (r !== b || document.querySelector('main .page'));
  }, before);
  await page.waitForSelector('main .page');
}

describe('web UI in Chromium', { skip: demoSkip() || browserSkip() }, () => {
  before(async () => {
    demo = await buildDemoStore();
    server = await startServer({ store: demo.store, profile: loadProfile(), port: 0, webRoot: await buildWeb() });
    browser = await launchBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && foreign.push(r.url()));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await demo?.store.close();
  });

  test('the overview shows the stored counts and latest changes', async () => {
    await open('#/');
    const overview = await apiJson('overview');
    assert.equal(await page.textContent('[data-count="documents"]'), overview.counts.documents.toLocaleString('en-US'));
    assert.equal(await page.textContent('[data-count="positions"]'), String(overview.counts.positions));
    assert.equal(await page.locator('#latest-statuses + ul li').count(), overview.latestStatuses.length);
    assert.ok(overview.latestStatuses.length > 0);
  });

  test('timeline → event → article: the sources open the reader on the evidence sentence', async () => {
    const tl = await apiJson('timeline?limit=200');
    const busiest = [...tl.items].sort((a: any, b: any) => b.sourceCount - a.sourceCount)[0];
    assert.ok(busiest.sourceCount > 1, 'an event merged from several reports');
    await open('#/timeline');
    assert.equal(await page.locator('svg.timeline-chart circle.dot').count(), tl.items.filter((e: any) => e.date ?? e.firstReported).length);
    await page.click(`button.event-row[data-id="${busiest.id}"]`);
    await page.waitForSelector(`.event-detail [data-event="${busiest.id}"]`);
    // Every report is listed; sourceCount counts independent stories, so wire copies count once.
    assert.equal(await page.locator('.event-detail ol.sources > li').count(), busiest.sources.length);
    const source = busiest.sources[0];
    await page.locator('.event-detail ol.sources > li').first().locator('a').click();
    await page.waitForSelector('.doc-text .hl.active');
    assert.equal(page.url().includes(`documents/${encodeURIComponent(source.documentId)}`), true);
    const active = await page.$$eval('.doc-text .hl.active', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(active, source.text);
  });

  test('the timeline zooms with buttons and the keyboard', async () => {
    await open('#/timeline');
    const shown = async () => page.locator('svg.timeline-chart circle.dot').count();
    const all = await shown();
    await page.click('button:has-text("Zoom in")');
    await page.click('button:has-text("Zoom in")');
    await page.click('button:has-text("Zoom in")');
    const zoomed = await shown();
    assert.ok(zoomed < all, `zooming in shows fewer events (${zoomed} of ${all})`);
    await page.focus('svg.timeline-chart');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    assert.equal(await shown(), all);
  });

  test('matrix cell → evidence: clicking a cell lists its positions and articles', async () => {
    const ev = await apiJson('matrix/evidence?side=ukraine&issue=territory');
    await open('#/matrix');
    const sides = (await apiJson('meta')).sides.map((s: any) => s.name);
    const rows = await page.$$eval('table.matrix tbody th', (ths) => ths.map((t) => t.textContent));
    assert.ok(rows.includes('Issue status') && sides.slice(0, 4).every((s: string) => rows.includes(s)), rows.join(','));
    await page.click('button.cell[data-side="ukraine"][data-issue="territory"]');
    await page.waitForSelector('[data-cell="ukraine:territory"]');
    assert.equal(await page.locator('[data-cell="ukraine:territory"] ol.evidence > li').count(), ev.positions.length);
    assert.equal(await page.locator('[data-cell="ukraine:territory"] ul.articles > li').count(), ev.documents.length);
    assert.match((await page.textContent('[data-cell="ukraine:territory"] h2')) ?? '', /Ukraine on Territory/);
    await page.locator('[data-cell="ukraine:territory"] ol.evidence > li a').first().click();
    await page.waitForSelector('.doc-text .hl.active');
    assert.equal(await page.$$eval('.doc-text .hl.active', (els) => els.map((e) => e.textContent).join('')), ev.positions[0].text);
  });

  test('the matrix works from the keyboard', async () => {
    await open('#/matrix');
    await page.focus('button.cell[data-side="russia"][data-issue="territory"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-cell="russia:territory"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'evidence-title');
  });

  test('a search finds the phrase and marks it', async () => {
    await open('#/search');
    await page.fill('#f-q', '"security guarantees"');
    await page.click('.search-form button[type="submit"]');
    await page.waitForSelector('ol.hits li');
    const api = await apiJson('search?q=%22security%20guarantees%22&limit=25');
    assert.equal(await page.locator('ol.hits > li').count(), Math.min(25, api.total));
    const marks = await page.$$eval('ol.hits mark', (ms) => ms.map((m) => m.textContent?.toLowerCase()));
    // Search stems words, so "guaranteed" matches "guarantees".
    assert.ok(marks.length > 0 && marks.every((m) => /^(security|guarante\w*|security guarante\w*)$/.test(m ?? '')), marks.join('|'));
    await page.selectOption('#f-kind', 'quotes');
    await page.fill('#f-q', 'peace');
    await page.click('.search-form button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes('kind=quotes'));
    await page.waitForSelector('ol.hits li q');
  });

  test('actor pages show role, side and quotes over time', async () => {
    await open('#/actors?side=ukraine');
    await page.click('a:has-text("Volodymyr Zelensky")');
    await page.waitForSelector('h1:has-text("Volodymyr Zelensky")');
    const key = (await apiJson('actors?q=Zelensky')).items[0].key;
    const a = await apiJson(`actors/${encodeURIComponent(key)}`);
    assert.equal(await page.locator('svg.activity rect.bar-quotes').count(), a.activity.length);
    assert.equal(await page.locator('ol.quote-list > li').count(), a.quotes.items.length);
    assert.match((await page.textContent('.lede')) ?? '', /Ukraine/);
  });

  test('the reader highlights every record and shows its rule on focus', async () => {
    const id = (await apiJson('quotes?limit=1')).items[0].documentId;
    const doc = await apiJson(`documents/${encodeURIComponent(id)}`);
    await open(`#/documents/${encodeURIComponent(id)}`);
    assert.equal(await page.textContent('.doc-text'), doc.text);
    for (const q of doc.records.quotes) assert.ok(await page.locator(`.hl.k-quotes[data-records~="${q.id}"]`).count(), q.id);
    await page.locator('.hl[tabindex="0"].k-quotes').first().focus();
    await page.waitForSelector('.record-info .record-card.k-quotes');
    assert.match((await page.textContent('.record-info')) ?? '', /rule\s*[a-z]+\/[a-z-]+/);
  });

  test('the sources view lists each outlet with what it reported', async () => {
    const outlets = await apiJson('outlets');
    await open('#/sources');
    assert.equal(await page.locator('table.outlets tbody tr').count(), outlets.items.length);
    assert.ok((await page.locator('ul.coverage-events > li').count()) > 0);
  });

  test('script, event-handler and javascript: payloads render as text', async () => {
    await page.evaluate(() => delete (window as any).__pwned);
    for (const hash of [`#/documents/${HOSTILE_ARTICLE.id}`, '#/', '#/sources', '#/search?q=accept&kind=quotes', '#/search?q=Envoys', '#/timeline', '#/matrix?side=ukraine&issue=territory', '#/documents']) {
      await open(hash);
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => (window as any).__pwned), undefined, `payload ran on ${hash}`);
      assert.equal(await page.locator('main img, main script, main iframe').count(), 0, `markup from data on ${hash}`);
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, `javascript: link on ${hash}`);
    }
    await open(`#/documents/${HOSTILE_ARTICLE.id}`);
    assert.equal(await page.textContent('h1'), HOSTILE_TITLE);
    assert.equal(await page.textContent('.lede .outlet'), HOSTILE_OUTLET);
    assert.ok(((await page.textContent('.doc-text')) ?? '').includes(HOSTILE_QUOTE));
    await open('#/search?q=accept&kind=quotes');
    assert.ok(((await page.textContent('ol.hits')) ?? '').includes('<script>'));
  });

  test('the API rejects malformed parameters with 400 and the one error shape', async () => {
    for (const q of ['quotes?limit=abc', 'documents?since=2025-13-45', 'positions?side=%3Cscript%3E', 'search?q=']) {
      const r = await page.request.get(`${server.url}/api/${q}`);
      assert.equal(r.status(), 400, q);
      const body = await r.json();
      assert.deepEqual(Object.keys(body), ['error']);
      assert.equal(body.error.code, 'bad_request');
    }
  });

  test('pages fit a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const id = (await apiJson('quotes?limit=1')).items[0].documentId;
    try {
      for (const hash of ['#/', '#/timeline', '#/matrix', '#/actors', `#/documents/${encodeURIComponent(id)}`, '#/search?q=talks', '#/sources']) {
        await open(hash);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${hash} is ${overflow}px wider than the screen`);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('no request leaves the server and no script error happened', () => {
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems.filter((p) => !/status of 40\d/.test(p)), []);
  });
});
