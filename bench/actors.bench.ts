// Speed of the actors stage alone: CPU milliseconds per 5 KB of cleaned text (goal: about 1 ms).
// Run: node --import tsx bench/actors.bench.ts   (reads ../shared/bench/polnear/dev.jsonl and the seed/dev corpora)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawArticle } from '../src/core/article.js';
import { actorsStage } from '../src/extract/actors/index.js';
import { createPipeline } from '../src/extract/pipeline.js';
import { POLNEAR_DEV, SHARED, hasShared } from '../scripts/eval/datasets.js';

if (!hasShared()) {
  console.error('bench/actors: ../shared is not beside the checkout; nothing to measure');
  process.exit(0);
}

const raws: RawArticle[] = [];
for (const line of readFileSync(POLNEAR_DEV, 'utf8').split('\n').filter(Boolean)) {
  const d = JSON.parse(line) as { id: string; published: string; text: string };
  raws.push({ id: d.id, source: d.id, format: 'text', published: d.published, body: d.text });
}
for (const set of ['seeds', 'dev']) {
  const dir = path.join(SHARED, 'corpus', set);
  for (const f of readdirSync(dir)) {
    const body = readFileSync(path.join(dir, f), 'utf8');
    const m = body.match(/^ date (\d{4}-\d{2}-\d{2}) /);
    raws.push({ id: f, source: f, format: 'seed', published: m?.[1] ?? '2025-01-01', body: m ? body.slice(m[0].length) : body });
  }
}

const pipeline = createPipeline({ stages: [] });
const docs = raws.map((r) => pipeline.extract(r));
const stage = actorsStage(pipeline.env);
const kb5 = docs.reduce((n, x) => n + x.doc.text.length, 0) / 5000;
let best = Infinity;
for (let round = 0; round < 15; round++) {
  const start = process.cpuUsage();
  for (const x of docs) stage(x);
  best = Math.min(best, process.cpuUsage(start).user / 1000 / kb5);
}
console.log(`actors stage: ${best.toFixed(3)} ms CPU per 5 KB (${docs.length} articles, best of 15 rounds)`);
