#!/usr/bin/env -S node --max-semi-space-size=4
// --max-semi-space-size: V8's young generation grows to 3 x 16 MB, most of it empty between scavenges;
// 4 MB costs ~3% of ingest CPU and ~35 MB of peak RSS (bench/run.ts starts the CLI with the same flags).
// Runs the compiled CLI when dist/ is up to date with src/, else the TypeScript sources through tsx,
// so a fresh checkout and a half-built working tree both give the current behaviour.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const compiled = path.join(root, 'dist', 'cli', 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const fresh = existsSync(compiled) && statSync(compiled).mtimeMs >= newestMtime(path.join(root, 'src'));
if (fresh) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src', 'cli', 'main.ts')).href);
}
