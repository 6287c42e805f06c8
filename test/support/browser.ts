import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { ROOT } from '../../scripts/eval/datasets.js';

/**
 * Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser).
 * PARLEY_TEST_CHROMIUM names the executable; without it the tests skip and say how to enable them,
 * unless PARLEY_REQUIRE_SERVICES=1, where a missing browser is a failure.
 */
export function chromiumPath(): string | null {
  const p = process.env.PARLEY_TEST_CHROMIUM;
  return p && existsSync(p) ? p : null;
}

export function browserSkip(): string | false {
  if (chromiumPath()) return false;
  if (process.env.PARLEY_REQUIRE_SERVICES === '1') return false; // run, and fail in `launchBrowser`
  return 'needs Chromium: apt-get install -y chromium, then set PARLEY_TEST_CHROMIUM=/usr/bin/chromium';
}

export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error(`PARLEY_REQUIRE_SERVICES=1 but Chromium is missing: PARLEY_TEST_CHROMIUM="${process.env.PARLEY_TEST_CHROMIUM ?? ''}"`);
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'parley-chromium-')), {
    executablePath,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Builds the web UI into a fresh folder, so tests never run against a stale build. */
export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'parley-web-'));
  await build({ configFile: path.join(ROOT, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}
