/**
 * How many near-duplicate copies the LSH bands find, and what fewer bands would lose: before changing
 * `BANDS` (each band is a random-key row per article, a quarter of the pages an ingest writes).
 *
 *   node --import tsx bench/lsh-recall.ts [bands to compare, default 48,32,24]
 *
 * Copies are made from the real seed and development articles of ../shared (trimmed to a quarter, a third,
 * a half, 70%; the middle half; a light rewrite). A copy counts when `sameStory` accepts it against its
 * original; it is found with k bands when the two share one of the first k band keys.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../src/extract/pipeline.js';
import { bandKeys, sameStory, sketch } from '../src/ingest/dedup/minhash.js';
import { SHARED } from '../scripts/eval/datasets.js';
import { corpusArticle } from '../test/support/corpus.js';

const bandCounts = (process.argv[2] ?? '48,32,24').split(',').map(Number);
const pipeline = createPipeline();

const copies: Record<string, (paragraphs: string[]) => string[]> = {
  'a quarter': (ps) => ps.slice(0, Math.ceil(ps.length * 0.25)),
  'a third': (ps) => ps.slice(0, Math.ceil(ps.length * 0.33)),
  'a half': (ps) => ps.slice(0, Math.ceil(ps.length * 0.5)),
  '70%': (ps) => ps.slice(0, Math.ceil(ps.length * 0.7)),
  'the middle half': (ps) => ps.slice(Math.floor(ps.length * 0.25), Math.ceil(ps.length * 0.75)),
  'a light rewrite': (ps) =>
    ps
      .map((p) => p.replace(/\bsaid\b/g, 'stated').replace(/\bthe\b/g, 'a'))
      .filter((_, i) => i !== 3)
      .slice(0, Math.ceil(ps.length * 0.7)),
};

const rows = new Map<string, { copies: number; same: number; found: number[] }>();
for (const set of ['seeds', 'dev'] as const) {
  for (const file of readdirSync(path.join(SHARED, 'corpus', set)).filter((f) => f.endsWith('.txt'))) {
    const id = file.replace(/\.txt$/, '');
    const { body, published } = corpusArticle(set, id);
    const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim());
    if (paragraphs.length < 4) continue;
    const text = (b: string) => pipeline.prepare({ id, source: file, format: 'seed', published, body: b }).text;
    const original = sketch(text(body));
    const originalBands = bandKeys(original.sig);
    for (const [name, make] of Object.entries(copies)) {
      const row = rows.get(name) ?? rows.set(name, { copies: 0, same: 0, found: bandCounts.map(() => 0) }).get(name)!;
      row.copies++;
      const copy = sketch(text(make(paragraphs).join('\n\n')));
      if (!sameStory(original, copy).same) continue;
      row.same++;
      const copyBands = bandKeys(copy.sig);
      bandCounts.forEach((k, i) => {
        const held = new Set(originalBands.slice(0, k));
        if (copyBands.slice(0, k).some((b) => held.has(b))) row.found[i]!++;
      });
    }
  }
}

console.log(`| copy | copies | same story | ${bandCounts.map((k) => `found with ${k} bands`).join(' | ')} |`);
console.log(`|---|---:|---:|${bandCounts.map(() => '---:').join('|')}|`);
for (const [name, r] of rows) console.log(`| ${name} | ${r.copies} | ${r.same} | ${r.found.join(' | ')} |`);
