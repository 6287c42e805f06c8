import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** The web UI's build output in this checkout (`npm run build` writes it). */
export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export const hasWebBuild = (root: string): boolean => existsSync(path.join(root, 'index.html'));

/**
 * Serves the built UI: hashed assets cached for a year, `index.html` never cached (it names the
 * current assets). Paths with `..`, backslashes or percent signs are refused by the middleware.
 */
export function mountWeb(app: Hono, root: string): void {
  app.use(
    '/assets/*',
    serveStatic({ root, onFound: (_p, c) => void c.header('Cache-Control', 'public, max-age=31536000, immutable') }),
  );
  app.get('/', serveStatic({ root, path: 'index.html', onFound: (_p, c) => void c.header('Cache-Control', 'no-cache') }));
  app.get('/favicon.svg', serveStatic({ root, path: 'favicon.svg' }));
}
