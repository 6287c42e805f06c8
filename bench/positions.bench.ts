// Speed of the positions and statuses stages (with the sentence reading they share): CPU milliseconds per 5 KB
// of cleaned text on the seed and dev articles (goal: about 1 ms per stage), and on 100 KB adversarial inputs
// that must stay linear. Run: node --import tsx bench/positions.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawArticle } from '../src/core/article.js';
import { createPipeline } from '../src/extract/pipeline.js';
import type { Extraction } from '../src/extract/extraction.js';
import { positionsStage } from '../src/extract/positions/index.js';
import { statusesStage } from '../src/extract/statuses/index.js';
import { SHARED, hasShared } from '../scripts/eval/datasets.js';

const raws: RawArticle[] = [];
if (hasShared())
  for (const set of ['seeds', 'dev']) {
    const dir = path.join(SHARED, 'corpus', set);
    for (const f of readdirSync(dir)) {
      const body = readFileSync(path.join(dir, f), 'utf8');
      const m = body.match(/^ date (\d{4}-\d{2}-\d{2}) /);
      raws.push({ id: f, source: f, format: 'seed', published: m?.[1] ?? '2025-01-01', body: m ? body.slice(m[0].length) : body });
    }
  }

const pipeline = createPipeline();
const env = pipeline.env;
const positions = positionsStage(env);
const statuses = statusesStage(env);
// A fresh document object per run, so the shared reading is not reused across rounds.
const run = (x: Extraction) => {
  const y = { ...x, doc: { ...x.doc } };
  statuses({ ...y, ...positions(y) });
};

function measure(name: string, docs: Extraction[], rounds: number) {
  const kb5 = docs.reduce((n, x) => n + x.doc.text.length, 0) / 5000;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (const x of docs) run(x);
    best = Math.min(best, process.cpuUsage(start).user / 1000 / kb5);
  }
  console.log(`${name}: ${best.toFixed(3)} ms CPU per 5 KB (${docs.length} articles, best of ${rounds} rounds)`);
}

if (raws.length) measure('positions + statuses', raws.map((r) => pipeline.extract(r)), 10);

const adversarial: Record<string, string> = {
  'one endless sentence of cues': 'Kyiv rejects Moscow’s demand that, which according to Mr Zelensky, unless the plan would require it to withdraw, '.repeat(900),
  'unclosed quotes and asides': '“Ukraine, which “wants, who said “no agreement on territory '.repeat(1800),
  'names and pronouns': 'Putin and Trump and Zelensky and he and she and it said '.repeat(1900),
  'no spaces': 'Donbas-ceasefire-NATO-sanctions,'.repeat(3200),
};
for (const [name, body] of Object.entries(adversarial)) {
  const x = pipeline.extract({ id: 'adv', source: 'adv', format: 'text', published: '2025-12-01', body });
  measure(`adversarial, ${name} (${Math.round(body.length / 1000)} KB)`, [x], 3);
}
