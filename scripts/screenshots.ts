/**
 * Writes a PNG of each page of the web UI to screenshots/ (desktop and phone), for review by eye.
 * Usage: npm run screenshots [-- --db FILE]   (default: a store built from the example corpus, or
 * from ../shared when the example corpus is absent). Needs Chromium: PARLEY_TEST_CHROMIUM=/usr/bin/chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../src/api/server.js';
import { loadProfile } from '../src/profile/load.js';
import { openStore, type Store } from '../src/store/connect.js';
import { buildDemoStore } from '../test/support/demo-store.js';
import { buildWeb, chromiumPath, launchBrowser } from '../test/support/browser.js';
import { ROOT } from './eval/datasets.js';

const args = process.argv.slice(2);
const dbArg = args.indexOf('--db') >= 0 ? args[args.indexOf('--db') + 1] : undefined;
if (!chromiumPath()) {
  process.stderr.write('screenshots: set PARLEY_TEST_CHROMIUM to a Chromium executable (apt-get install -y chromium)\n');
  process.exit(2);
}

const store: Store = dbArg ? await openStore(dbArg) : (await buildDemoStore(undefined, { hostile: false })).store;
const firstQuote = await store.db.selectFrom('quotes').select(['id', 'document_id']).orderBy('published', 'desc').limit(1).executeTakeFirst();
const anActor = await store.db
  .selectFrom('quotes')
  .select('speaker_key as key')
  .where('speaker_key', 'is not', null)
  .groupBy('speaker_key')
  .$narrowType<{ key: string }>()
  .orderBy((eb) => eb.fn.countAll(), 'desc')
  .limit(1)
  .executeTakeFirst();
const anEvent = await store.db.selectFrom('timeline_events').select('id').orderBy('source_count', 'desc').limit(1).executeTakeFirst();
const aCell = await store.db.selectFrom('positions').select(['side', 'issue']).groupBy(['side', 'issue']).orderBy((eb) => eb.fn.countAll(), 'desc').limit(1).executeTakeFirst();

const webRoot = await buildWeb();
const server = await startServer({ store, profile: loadProfile(), port: 0, webRoot });
const out = path.join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });

const pages: Array<[string, string]> = [
  ['overview', '#/'],
  ['timeline', anEvent ? `#/timeline?event=${encodeURIComponent(anEvent.id)}` : '#/timeline'],
  ['matrix', aCell ? `#/matrix?side=${aCell.side}&issue=${aCell.issue}` : '#/matrix'],
  ['actors', '#/actors'],
  ['actor', anActor ? `#/actors/${encodeURIComponent(anActor.key)}` : '#/actors'],
  ['documents', '#/documents'],
  ['reader', firstQuote ? `#/documents/${encodeURIComponent(firstQuote.document_id)}?focus=${encodeURIComponent(firstQuote.id)}` : '#/documents'],
  ['search', '#/search?q=%22security%20guarantees%22'],
  ['sources', '#/sources'],
];

for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  const browser = await launchBrowser(viewport);
  const page = browser.pages()[0] ?? (await browser.newPage());
  for (const [name, hash] of pages) {
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector('main[data-ready] .page');
    await page.waitForTimeout(300);
    const file = path.join(out, `${name}-${device}.png`);
    await page.screenshot({ path: file, fullPage: device === 'desktop' ? false : false });
    process.stdout.write(`${file}\n`);
  }
  await browser.close();
}
await server.close();
await store.close();
