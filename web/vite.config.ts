import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web UI: plain TypeScript, bundled into web/dist, served by `parley serve`. Everything it needs
// is in the bundle (no fonts, scripts or styles from other hosts), and no inline scripts are emitted,
// so the server's Content-Security-Policy can forbid them.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
